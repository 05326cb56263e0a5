import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/types';
import { createTestDatabase } from '../testing/test-db';
import { getPerson } from './get-person';
import { seedDirectoryFixtures, type DirectoryFixtures } from './testing/directory-fixtures';

let f: DirectoryFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
});

type Visitor = 'anonymous' | 'interested' | 'member' | 'faction_admin' | 'board';
const actor = (visitor: Visitor): SessionUser | null =>
	visitor === 'anonymous' ? null : f.users[visitor];

describe('getPerson: Greta, mandate holder, email for members, phone for the board', () => {
	const expected: Record<Visitor, { email: boolean; phone: boolean; topics: boolean }> = {
		anonymous: { email: false, phone: false, topics: false },
		interested: { email: false, phone: false, topics: false },
		member: { email: true, phone: false, topics: true },
		// Jonas maintains his faction's people.
		faction_admin: { email: true, phone: true, topics: true },
		board: { email: true, phone: true, topics: true }
	};
	for (const [visitor, sees] of Object.entries(expected) as [Visitor, typeof expected.board][]) {
		it(`as ${visitor}`, async () => {
			const greta = await getPerson({ actor: actor(visitor), id: f.people.greta });
			expect(greta).not.toBeNull();
			expect(greta!.fullName).toBe('Greta Beispielhaft');
			expect(greta!.party).toBe('DIE LINKE');
			expect(greta!.biography).toBe('Seit 2014 im Kreistag.');
			expect(greta!.email).toBe(sees.email ? 'greta.beispielhaft@example.org' : null);
			expect(greta!.phone).toBe(sees.phone ? '0381 5550101' : null);
			expect(greta!.topics?.map((t) => t.name) ?? null).toEqual(
				sees.topics ? ['Haushalt', 'ÖPNV'] : null
			);
			expect(greta!.mandates.map((m) => [m.organization.name, m.roleLabel, m.current])).toEqual([
				['Kreistag Vorpommern-Greifswald', 'Mitglied', true],
				['Fraktion DIE LINKE', 'Fraktionsvorsitz', true]
			]);
			expect(greta!.mandates[0]!.onBehalfOf?.name).toBe('Fraktion DIE LINKE');
			expect(greta!.mandates[0]!.area).toMatchObject({ ags: '13075' });
		});
	}
});

describe('getPerson: who may know of people without an elected seat', () => {
	it('hides Hanna (sachkundige Einwohnerin only) from the public, like an unknown id', async () => {
		expect(await getPerson({ actor: null, id: f.people.hanna })).toBeNull();
		expect(await getPerson({ actor: f.users.interested, id: f.people.hanna })).toBeNull();
		expect(await getPerson({ actor: null, id: '00000000-0000-4000-8000-000000000000' })).toBeNull();
		expect(await getPerson({ actor: null, id: 'kein-uuid' })).toBeNull();
	});

	it('shows Hanna and her public address to members', async () => {
		const hanna = await getPerson({ actor: f.users.member, id: f.people.hanna });
		expect(hanna).toMatchObject({
			email: 'hanna.verborgen@example.org',
			mandates: [{ role: 'expert_citizen', organization: { name: 'Ausschuss für Bildung' } }]
		});
	});

	it('keeps the public record of a former mandate holder public, marked as past', async () => {
		const otto = await getPerson({ actor: null, id: f.people.otto });
		expect(otto!.mandates).toMatchObject([
			{ organization: { name: 'Kreistag Vorpommern-Greifswald' }, current: false }
		]);
	});

	it('shows a person everything about themselves', async () => {
		const own = await getPerson({ actor: f.users.member, id: f.people.mira });
		expect(own).toMatchObject({ email: 'mitglied@example.org', audience: 'board' });
	});

	it('gives a faction admin no more than members get about people outside the faction', async () => {
		const mira = await getPerson({ actor: f.users.faction_admin, id: f.people.mira });
		expect(mira!.audience).toBe('members');
		const heinz = await getPerson({ actor: f.users.faction_admin, id: f.people.heinz });
		expect(heinz!.topics).toBeNull();
	});

	it('shows the public no seat as sachkundige Einwohner*in of a mandate holder', async () => {
		// Mira is no mandate holder: the anonymous public does not know of her at all.
		expect(await getPerson({ actor: null, id: f.people.mira })).toBeNull();
	});
});
