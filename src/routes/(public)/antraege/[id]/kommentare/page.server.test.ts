import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { signedInJar } from '$lib/server/auth/test-support';
import { db } from '$lib/server/db';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '$lib/server/directory/testing/directory-fixtures';
import { loadMotionCommentsSection } from '$lib/server/motions/comments/comments-section';
import { motion, motionComment } from '$lib/server/motions/schema';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { actions, load } from './+page.server';

let f: DirectoryFixtures;
let publicMotion: string;
let draft: string;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
	const rows = await db
		.insert(motion)
		.values([
			{ type: 'motion', title: 'Kostenfreies Schulessen', status: 'adopted', visibility: 'public' },
			{
				type: 'motion',
				title: 'Entwurf Radwege',
				visibility: 'faction',
				factionId: f.organizations.factionVg
			}
		])
		.returning({ id: motion.id });
	[publicMotion, draft] = rows.map((row) => row.id) as [string, string];
});

async function visit(
	email: string | null,
	motionId: string,
	options: { action?: string; form?: Record<string, string> } = {}
) {
	const jar = email ? (await signedInJar(email)).jar : undefined;
	const path = `/antraege/${motionId}/kommentare`;
	return (
		await testEvent({
			url: options.action ? `${path}?/${options.action}` : path,
			jar,
			form: options.form,
			params: { id: motionId }
		})
	).event as never;
}

describe('/antraege/[id]/kommentare', () => {
	it('is for the network, and only on motions the reader may read', async () => {
		const anonymous = await visit(null, publicMotion);
		expect(await thrownBy(() => load(anonymous))).toMatchObject({ status: 303 });
		const interested = await visit(f.users.interested.email, publicMotion);
		expect(await thrownBy(() => load(interested))).toMatchObject({ status: 403 });
		// Mira does not sit in the VG faction: its draft and its comments do not exist for her.
		const foreignDraft = await visit(f.users.member.email, draft);
		expect(await thrownBy(() => load(foreignDraft))).toMatchObject({ status: 404 });
		const write = await visit(f.users.member.email, draft, {
			action: 'add',
			form: { kind: 'comment', body: 'Hallo?' }
		});
		expect(await thrownBy(() => actions.add(write))).toMatchObject({ status: 404 });
		const insider = await load(await visit(f.users.faction_admin.email, draft));
		expect(insider.motion.title).toBe('Entwurf Radwege');
	});

	it('shows the public no comments at all, only that members talk here', async () => {
		await db.insert(motionComment).values({
			motionId: publicMotion,
			authorId: f.users.member.id,
			kind: 'experience',
			body: 'Bei uns in Rostock beschlossen.'
		});
		for (const user of [null, f.users.interested]) {
			const section = await loadMotionCommentsSection(user, publicMotion);
			expect(section).toEqual({
				motionId: publicMotion,
				visible: false,
				canWrite: false,
				comments: []
			});
		}
		const member = await loadMotionCommentsSection(f.users.faction_admin, publicMotion);
		expect(member.comments).toHaveLength(1);
		expect(member.comments[0]).toMatchObject({
			kind: 'experience',
			authorName: 'Mira Mitgliedermann',
			source: null,
			editable: false
		});
		expect(member.comments[0]!.html).toContain('Bei uns in Rostock beschlossen.');
	});

	it('adds a comment and goes back to it; refused input stays in the form, scoped', async () => {
		const bad = await actions.add(
			await visit(f.users.faction_admin.email, publicMotion, {
				action: 'add',
				form: { kind: 'meinung', body: '   ' }
			})
		);
		expect(bad).toMatchObject({
			status: 400,
			data: {
				scope: 'comment-add',
				errors: {
					kind: ['Bitte wählen: Kommentar oder Erfahrungsbericht.'],
					body: ['Bitte einen Text schreiben.']
				}
			}
		});
		const good = await visit(f.users.faction_admin.email, publicMotion, {
			action: 'add',
			form: { kind: 'comment', body: 'Wie habt ihr das finanziert?' }
		});
		const done = (await thrownBy(() => actions.add(good))) as { status: number; location: string };
		expect(done.status).toBe(303);
		const [saved] = await db
			.select()
			.from(motionComment)
			.where(eq(motionComment.body, 'Wie habt ihr das finanziert?'));
		expect(done.location).toBe(`/antraege/${publicMotion}#kommentar-${saved!.id}`);

		const foreignEdit = await visit(f.users.member.email, publicMotion, {
			action: 'edit',
			form: { commentId: saved!.id, kind: 'comment', body: 'Übernommen' }
		});
		expect(await actions.edit(foreignEdit)).toMatchObject({
			status: 400,
			data: {
				scope: 'comment-edit',
				message: 'Sie können nur Ihre eigenen Kommentare bearbeiten.',
				values: { body: 'Übernommen' }
			}
		});
		const remove = await visit(f.users.faction_admin.email, publicMotion, {
			action: 'delete',
			form: { commentId: saved!.id }
		});
		expect(await thrownBy(() => actions.delete(remove))).toMatchObject({ status: 303 });
		expect(
			await db.select().from(motionComment).where(eq(motionComment.id, saved!.id))
		).toHaveLength(0);
	});
});
