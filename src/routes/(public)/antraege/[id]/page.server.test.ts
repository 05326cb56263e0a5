import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { signedInJar } from '$lib/server/auth/test-support';
import { db } from '$lib/server/db';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '$lib/server/directory/testing/directory-fixtures';
import { createMotion } from '$lib/server/motions/create-motion';
import { motion } from '$lib/server/motions/schema';
import { createTestDatabase } from '$lib/server/testing/test-db';
import {
	load as editLoad,
	actions as editActions
} from '../../../(app)/antraege/[id]/bearbeiten/+page.server';
import { actions as newActions } from '../../../(app)/antraege/neu/+page.server';
import { load as libraryLoad } from '../+page.server';
import { actions, load } from './+page.server';

type Role = 'anonymous' | 'interested' | 'member' | 'faction_admin' | 'board';

let fx: DirectoryFixtures;
let draftId: string;
let membersId: string;
const jars = new Map<string, Awaited<ReturnType<typeof signedInJar>>['jar']>();

beforeAll(async () => {
	await createTestDatabase();
	fx = await seedDirectoryFixtures();
	({ id: draftId } = await createMotion(fx.users.faction_admin, {
		type: 'motion',
		title: 'Geheimer Entwurf Streuobstwiesen',
		text: '## Beschluss\n\n- Wiesen pflegen',
		factionId: fx.organizations.factionVg
	}));
	({ id: membersId } = await createMotion(fx.users.board, {
		type: 'template',
		title: 'Musterantrag Schulsozialarbeit',
		text: 'Jede Schule bekommt Schulsozialarbeit.',
		topics: ['schule'],
		visibility: 'members'
	}));
});

/** A request as the role; a form as FormData, so checkboxes can repeat a name. */
async function eventFor(
	role: Role,
	url: string,
	params: Record<string, string> = {},
	form?: [string, string][]
) {
	const email = role === 'anonymous' ? null : fx.users[role].email;
	if (email && !jars.has(email)) jars.set(email, (await signedInJar(email)).jar);
	const { event } = await testEvent({ url, jar: email ? jars.get(email) : undefined, params });
	if (form) {
		const body = new FormData();
		for (const [key, value] of form) body.append(key, value);
		(event as { request: Request }).request = new Request(event.url, {
			method: 'POST',
			headers: { cookie: event.request.headers.get('cookie') ?? '' },
			body
		});
	}
	return event as never;
}

describe('/antraege/[id]', () => {
	it('shows a draft to its faction only; everyone else gets the 404 of an unknown motion', async () => {
		const page = await load(
			await eventFor('faction_admin', `/antraege/${draftId}`, { id: draftId })
		);
		expect(page.motion.title).toBe('Geheimer Entwurf Streuobstwiesen');
		expect(page.html.text).toContain('<li>Wiesen pflegen</li>');
		for (const role of ['anonymous', 'interested', 'member', 'board'] as const) {
			const refused = await thrownBy(async () =>
				load(await eventFor(role, `/antraege/${draftId}`, { id: draftId }))
			);
			expect(refused, role).toMatchObject({ status: 404 });
		}
	});

	it('Übernehmen: a member gets an own draft to edit; interested accounts are refused', async () => {
		const refused = await thrownBy(async () =>
			actions.reuse(
				await eventFor('interested', `/antraege/${membersId}?/reuse`, { id: membersId }, [])
			)
		);
		expect(refused).toMatchObject({ status: 403 });

		const redirect = (await thrownBy(async () =>
			actions.reuse(
				await eventFor('member', `/antraege/${membersId}?/reuse`, { id: membersId }, [])
			)
		)) as { status: number; location: string };
		expect(redirect.status).toBe(303);
		const newId = /\/antraege\/([0-9a-f-]{36})\/bearbeiten\?uebernommen=1$/.exec(
			redirect.location
		)?.[1];
		const [copy] = await db.select().from(motion).where(eq(motion.id, newId!));
		expect(copy).toMatchObject({ reusedFromId: membersId, type: 'motion', status: 'draft' });

		// The hidden draft cannot be taken over: the same 404.
		const hidden = await thrownBy(async () =>
			actions.reuse(await eventFor('member', `/antraege/${draftId}?/reuse`, { id: draftId }, []))
		);
		expect(hidden).toMatchObject({ status: 404 });
	});
});

describe('/antraege', () => {
	it('lists public motions for the public and members-only ones for the network', async () => {
		const publicList = await libraryLoad(await eventFor('anonymous', '/antraege'));
		expect(publicList.list.items.map((item) => item.id)).not.toContain(membersId);
		const memberList = await libraryLoad(await eventFor('member', '/antraege?art=template'));
		expect(memberList.list.items.map((item) => item.id)).toContain(membersId);
		expect(memberList.filters.art).toBe('template');
	});
});

describe('/antraege/neu and /antraege/[id]/bearbeiten', () => {
	it('keeps what was typed and every checked topic when the input is refused', async () => {
		const result = await newActions.default(
			await eventFor('member', '/antraege/neu', {}, [
				['type', 'motion'],
				['title', ''],
				['text', 'Mein langer Text'],
				['topics', fx.topics.schule],
				['topics', fx.topics.haushalt],
				['status', 'filed'],
				['votesYes', '3']
			])
		);
		expect(result).toMatchObject({
			status: 400,
			data: {
				errors: { title: ['Bitte einen Titel angeben.'] },
				values: { text: 'Mein langer Text' },
				lists: { topics: [fx.topics.schule, fx.topics.haushalt] }
			}
		});
		expect(
			(result as { data: { errors: Record<string, string[]> } }).data.errors.votesYes
		).toHaveLength(1);
	});

	it('refuses a faction the member does not sit in next to the field', async () => {
		const result = await newActions.default(
			await eventFor('member', '/antraege/neu', {}, [
				['type', 'motion'],
				['title', 'Für fremde Fraktion'],
				['factionId', fx.organizations.factionVg]
			])
		);
		expect(result).toMatchObject({
			status: 400,
			data: { errors: { factionId: [expect.any(String)] } }
		});
	});

	it('lets the faction edit its draft, not other readers', async () => {
		const page = await editLoad(
			await eventFor('faction_admin', `/antraege/${draftId}/bearbeiten`, { id: draftId })
		);
		expect(page.values).toMatchObject({
			title: 'Geheimer Entwurf Streuobstwiesen',
			status: 'draft'
		});
		expect(page.authorIds).toEqual([fx.users.faction_admin.id]);
		expect(
			await thrownBy(async () =>
				editLoad(await eventFor('member', `/antraege/${membersId}/bearbeiten`, { id: membersId }))
			)
		).toMatchObject({ status: 403 });

		const saved = await thrownBy(async () =>
			editActions.default(
				await eventFor('faction_admin', `/antraege/${draftId}/bearbeiten`, { id: draftId }, [
					['type', 'motion'],
					['title', 'Streuobstwiesen erhalten'],
					['text', '## Beschluss'],
					['factionId', fx.organizations.factionVg],
					['status', 'filed'],
					['filedOn', '2026-02-01'],
					['visibility', 'faction'],
					['authorIds', fx.users.faction_admin.id]
				])
			)
		);
		expect(saved).toMatchObject({ status: 303, location: `/antraege/${draftId}` });
		const [row] = await db.select().from(motion).where(eq(motion.id, draftId));
		expect(row).toMatchObject({
			title: 'Streuobstwiesen erhalten',
			status: 'filed',
			visibility: 'members'
		});
	});
});
