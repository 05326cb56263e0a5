import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '../directory/testing/directory-fixtures';
import { createTestDatabase } from '../testing/test-db';
import { createMotion } from './create-motion';
import { getMotion } from './get-motion';
import { listMotions, motionFiltersFrom } from './list-motions';
import { reuseMotion } from './reuse-motion';
import { motion } from './schema';
import { updateMotion } from './update-motion';

let f: DirectoryFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
});

/** Files a reuse in a council with an outcome, as the faction would after the session. */
async function fileIn(
	author: SessionUser,
	id: string,
	councilId: string,
	status: 'filed' | 'adopted' | 'rejected',
	factionId: string | null = null
) {
	const [row] = await db.select().from(motion).where(eq(motion.id, id));
	await updateMotion(author, id, {
		type: row!.type,
		title: row!.title,
		text: row!.text,
		justification: row!.justification,
		visibility: 'members',
		councilId,
		factionId,
		status,
		filedOn: '2025-02-01',
		...(status === 'filed' ? {} : { decidedOn: '2025-03-01' })
	});
}

describe('reuseMotion and the lineage', () => {
	it('copies a template into an own draft and shows where it went, transitively, with outcomes', async () => {
		const template = await createMotion(f.users.board, {
			type: 'template',
			title: 'Musterantrag Hitzeschutzplan',
			text: '1. Hitzeschutzplan aufstellen\n2. Trinkbrunnen',
			justification: 'Sommer werden heißer.',
			topics: ['haushalt'],
			visibility: 'public'
		});
		const jonasDraft = await reuseMotion(f.users.faction_admin, template.id);
		const [copy] = await db.select().from(motion).where(eq(motion.id, jonasDraft.id));
		expect(copy).toMatchObject({
			type: 'motion',
			title: 'Musterantrag Hitzeschutzplan',
			text: '1. Hitzeschutzplan aufstellen\n2. Trinkbrunnen',
			justification: 'Sommer werden heißer.',
			status: 'draft',
			visibility: 'faction',
			reusedFromId: template.id,
			// Jonas sits in one faction: the draft is his faction's.
			factionId: f.organizations.factionVg
		});

		// Three councils reuse it (one through Jonas's motion): two adopt, one rejects.
		await fileIn(
			f.users.faction_admin,
			jonasDraft.id,
			f.organizations.kreistagVg,
			'adopted',
			f.organizations.factionVg
		);
		const second = await reuseMotion(f.users.member, template.id);
		await fileIn(f.users.member, second.id, f.organizations.buergerschaft, 'rejected');
		const third = await reuseMotion(f.users.member, jonasDraft.id);
		await fileIn(f.users.member, third.id, f.organizations.gemeinde, 'adopted');
		// A draft that is not filed yet does not count as "eingebracht".
		const draft = await reuseMotion(f.users.member, template.id);

		const view = await getMotion(null, template.id);
		// The public sees none of the members-only reuses and no draft.
		expect(view!.reuses).toEqual([]);
		expect(view!.figuresText).toBeNull();

		const forMember = await getMotion(f.users.member, template.id);
		expect(forMember!.reuses.map((reuse) => [reuse.id, reuse.depth])).toEqual(
			expect.arrayContaining([
				[jonasDraft.id, 1],
				[second.id, 1],
				[third.id, 2],
				[draft.id, 1]
			])
		);
		expect(forMember!.figures).toEqual({ councils: 3, adoptedCouncils: 2, reuses: 4 });
		expect(forMember!.figuresText).toBe('in 3 Kommunen eingebracht, 2 beschlossen');

		const origin = await getMotion(f.users.member, third.id);
		expect(origin!.origins.map((entry) => entry.id)).toEqual([jonasDraft.id, template.id]);
	});

	it('refuses to reuse what the actor cannot read, and is for the network only', async () => {
		const hidden = await createMotion(f.users.faction_admin, {
			type: 'motion',
			title: 'Geheimer Entwurf',
			factionId: f.organizations.factionVg
		});
		await expect(reuseMotion(f.users.member, hidden.id)).rejects.toMatchObject({
			code: 'motion_not_found'
		});
		await expect(reuseMotion(f.users.interested, hidden.id)).rejects.toThrow();
	});
});

describe('listMotions', () => {
	it('lists what each reads, with filters by type, topic, district and state', async () => {
		const kita = await createMotion(f.users.board, {
			type: 'inquiry',
			title: 'Anfrage Kitaplätze Greifswald',
			councilId: f.organizations.kreistagVg,
			topics: ['schule'],
			visibility: 'public',
			status: 'filed'
		});
		const members = await createMotion(f.users.board, {
			type: 'motion',
			title: 'Nur für Mitglieder Rostock',
			councilId: f.organizations.buergerschaft,
			visibility: 'members'
		});
		const draft = await createMotion(f.users.faction_admin, {
			type: 'motion',
			title: 'Fraktionsentwurf',
			factionId: f.organizations.factionVg
		});

		const titles = async (...args: Parameters<typeof listMotions>) =>
			(await listMotions(...args)).items.map((item) => item.id);
		const anonymous = await titles({ actor: null });
		expect(anonymous).toContain(kita.id);
		expect(anonymous).not.toContain(members.id);
		expect(anonymous).not.toContain(draft.id);
		const member = await titles({ actor: f.users.member });
		expect(member).toEqual(expect.arrayContaining([kita.id, members.id]));
		expect(member).not.toContain(draft.id);
		expect(await titles({ actor: f.users.faction_admin })).toContain(draft.id);

		expect(
			await titles({ actor: f.users.member, filters: { type: 'inquiry', topic: 'schule' } })
		).toEqual([kita.id]);
		expect(await titles({ actor: f.users.member, filters: { district: '13003' } })).toEqual(
			expect.arrayContaining([members.id])
		);
		expect(await titles({ actor: f.users.member, filters: { district: '13003' } })).not.toContain(
			kita.id
		);
		expect(
			await titles({ actor: f.users.member, filters: { status: 'filed', district: '13075' } })
		).toContain(kita.id);
	});

	it('pages: a page past the end shows the last page', async () => {
		const list = await listMotions({ actor: f.users.board, page: 999, pageSize: 2 });
		expect(list.page).toBe(list.pageCount);
		expect(list.items.length).toBeGreaterThan(0);
		expect(list.total).toBeGreaterThanOrEqual(list.items.length);
	});
});

describe('motionFiltersFrom', () => {
	it('takes the filters the form offers and drops hand-edited nonsense', () => {
		expect(
			motionFiltersFrom(
				new URLSearchParams('art=template&thema=oepnv-und-mobilitaet&kreis=13075&stand=adopted')
			)
		).toEqual({
			type: 'template',
			topic: 'oepnv-und-mobilitaet',
			district: '13075',
			status: 'adopted'
		});
		expect(
			motionFiltersFrom(new URLSearchParams("art=petition&thema=x'%20or%201=1&kreis=13&stand=done"))
		).toEqual({ type: undefined, topic: undefined, district: undefined, status: undefined });
	});
});
