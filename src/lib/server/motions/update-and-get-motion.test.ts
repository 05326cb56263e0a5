import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '../directory/testing/directory-fixtures';
import { searchDocument } from '../search/schema';
import { createTestDatabase } from '../testing/test-db';
import { createMotion } from './create-motion';
import { getMotion } from './get-motion';
import { motion } from './schema';
import { updateMotion } from './update-motion';

let f: DirectoryFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
});

type Visitor = 'anonymous' | 'interested' | 'member' | 'faction_admin' | 'board';
const actor = (visitor: Visitor): SessionUser | null =>
	visitor === 'anonymous' ? null : f.users[visitor];

const draftFields = () => ({
	type: 'motion',
	title: 'Buslinie nach Usedom',
	text: '## Antrag\n\nDer Kreistag möge beschließen …',
	factionId: f.organizations.factionVg,
	topics: ['oepnv']
});

describe('getMotion', () => {
	it('shows a faction draft to its faction and authors only; others get null as for unknown ids', async () => {
		const { id } = await createMotion(f.users.faction_admin, draftFields());
		const sees: Record<Visitor, boolean> = {
			anonymous: false,
			interested: false,
			// Mira sits for another faction.
			member: false,
			faction_admin: true,
			// A faction's drafts are its own work, not the board's.
			board: false
		};
		for (const [visitor, expected] of Object.entries(sees) as [Visitor, boolean][]) {
			const view = await getMotion(actor(visitor), id);
			expect(view !== null, visitor).toBe(expected);
		}
		expect(await getMotion(f.users.board, crypto.randomUUID())).toBeNull();
		expect(await getMotion(f.users.board, 'kein-antrag')).toBeNull();
	});

	it('names authors to the network only and lists topics, council and faction', async () => {
		const { id } = await createMotion(f.users.faction_admin, {
			...draftFields(),
			visibility: 'public'
		});
		const forMember = await getMotion(f.users.member, id);
		expect(forMember).toMatchObject({
			title: 'Buslinie nach Usedom',
			council: { id: f.organizations.kreistagVg, name: 'Kreistag Vorpommern-Greifswald' },
			faction: { id: f.organizations.factionVg, name: 'Fraktion DIE LINKE' },
			authors: [{ userId: f.users.faction_admin.id, name: 'Jonas Fraktionsberg' }],
			topics: [{ slug: 'oepnv', name: 'ÖPNV' }],
			canEdit: false,
			canReuse: true
		});
		// Who wrote it is the network's business; the public sees council and faction.
		const seesAuthors: Record<Visitor, boolean> = {
			anonymous: false,
			interested: false,
			member: true,
			faction_admin: true,
			board: true
		};
		for (const [visitor, sees] of Object.entries(seesAuthors) as [Visitor, boolean][]) {
			const view = await getMotion(actor(visitor), id);
			expect(view!.faction?.name, visitor).toBe('Fraktion DIE LINKE');
			expect(JSON.stringify(view).includes('Fraktionsberg'), visitor).toBe(sees);
			expect(view!.authors === null, visitor).toBe(!sees);
		}
		expect((await getMotion(null, id))!.canReuse).toBe(false);
	});
});

describe('updateMotion', () => {
	it('files a draft with a vote result: network reads it, search row follows, audited', async () => {
		const { id } = await createMotion(f.users.faction_admin, draftFields());
		await updateMotion(f.users.faction_admin, id, {
			...draftFields(),
			visibility: 'faction',
			status: 'adopted',
			filedOn: '2025-03-01',
			decidedOn: '2025-04-10',
			votesYes: '30',
			votesNo: '12',
			votesAbstain: '2',
			topics: ['oepnv', 'haushalt']
		});
		const [row] = await db.select().from(motion).where(eq(motion.id, id));
		expect(row).toMatchObject({
			status: 'adopted',
			visibility: 'members',
			votesYes: 30,
			votesNo: 12,
			votesAbstain: 2,
			decidedOn: '2025-04-10'
		});
		expect(await getMotion(f.users.member, id)).not.toBeNull();
		expect(await getMotion(null, id)).toBeNull();
		const [document] = await db
			.select()
			.from(searchDocument)
			.where(eq(searchDocument.sourceId, id));
		expect(document).toMatchObject({ status: 'adopted', access: 'members', date: '2025-03-01' });
		expect(document!.topicIds.sort()).toEqual([f.topics.oepnv, f.topics.haushalt].sort());
		const audits = await db.select().from(auditLog).where(eq(auditLog.targetId, id));
		const update = audits.find((entry) => entry.action === 'motion.update');
		expect(update!.details).toMatchObject({
			status: ['draft', 'adopted'],
			visibility: ['faction', 'members']
		});
		expect((update!.details as { changed: string[] }).changed).toContain('topics');
	});

	it('adds a co-author who then reads and edits the draft; refuses accounts outside the network', async () => {
		const { id } = await createMotion(f.users.faction_admin, draftFields());
		await expect(updateMotion(f.users.member, id, draftFields())).rejects.toMatchObject({
			code: 'motion_not_found'
		});
		await updateMotion(f.users.faction_admin, id, {
			...draftFields(),
			authorIds: [f.users.faction_admin.id, f.users.member.id]
		});
		const view = await getMotion(f.users.member, id);
		expect(view!.canEdit).toBe(true);
		expect(view!.authors!.map((author) => author.name)).toEqual([
			'Jonas Fraktionsberg',
			'Mira Mitgliedermann'
		]);
		await expect(
			updateMotion(f.users.faction_admin, id, {
				...draftFields(),
				authorIds: [f.users.faction_admin.id, f.users.interested.id]
			})
		).rejects.toMatchObject({ code: 'author_not_found', field: 'authorIds' });
		await expect(
			updateMotion(f.users.faction_admin, id, { ...draftFields(), authorIds: [] })
		).rejects.toThrow();
	});

	it('refuses readers who may not edit, and an answer on a motion', async () => {
		const { id } = await createMotion(f.users.faction_admin, {
			...draftFields(),
			visibility: 'members'
		});
		await expect(updateMotion(f.users.member, id, draftFields())).rejects.toMatchObject({
			code: 'not_allowed'
		});
		await expect(
			updateMotion(f.users.faction_admin, id, { ...draftFields(), answer: 'Antwort' })
		).rejects.toThrow(/nur bei Anfragen/);
		const [row] = await db.select().from(motion).where(eq(motion.id, id));
		expect(row!.answer).toBeNull();
	});
});
