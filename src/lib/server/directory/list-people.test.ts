import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-db';
import { listPeople } from './list-people';
import { seedDirectoryFixtures, type DirectoryFixtures } from './testing/directory-fixtures';

let f: DirectoryFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
});

const names = (list: { items: { fullName: string }[] }) => list.items.map((p) => p.fullName);

describe('listPeople', () => {
	it('is for members and up only', async () => {
		await expect(listPeople({ actor: null })).rejects.toThrow(/network.read/);
		await expect(listPeople({ actor: f.users.interested })).rejects.toThrow(/network.read/);
	});

	it('lists everyone in the directory once, by family name', async () => {
		const list = await listPeople({ actor: f.users.member });
		expect(names(list)).toEqual([
			'Greta Beispielhaft',
			'Jonas Fraktionsberg',
			'Otto Früher',
			'Mira Mitgliedermann',
			'Heinz Schmidt',
			'Hanna Verborgen',
			'Katrin Vorstandt'
		]);
		expect(list.total).toBe(7);
	});

	it('finds names fuzzily: "Schmitt" finds Schmidt, fragments and several words work', async () => {
		expect(
			names(await listPeople({ actor: f.users.member, filters: { query: 'Schmitt' } }))
		).toEqual(['Heinz Schmidt']);
		expect(names(await listPeople({ actor: f.users.member, filters: { query: 'schm' } }))).toEqual([
			'Heinz Schmidt'
		]);
		expect(
			names(await listPeople({ actor: f.users.member, filters: { query: 'greta beispilhaft' } }))
		).toEqual(['Greta Beispielhaft']);
		expect(
			names(await listPeople({ actor: f.users.member, filters: { query: 'Zander' } }))
		).toEqual([]);
	});

	it('filters by district (Gemeinden included), council, faction and function on current mandates', async () => {
		const member = f.users.member;
		expect(names(await listPeople({ actor: member, filters: { ags: '13075' } }))).toEqual([
			'Greta Beispielhaft',
			'Jonas Fraktionsberg',
			'Heinz Schmidt'
		]);
		expect(names(await listPeople({ actor: member, filters: { ags: f.gemeindeAgs } }))).toEqual([
			'Heinz Schmidt'
		]);
		expect(
			names(
				await listPeople({ actor: member, filters: { councilId: f.organizations.kreistagLup } })
			)
		).toEqual(['Hanna Verborgen']);
		// Otto's seat for the faction ended with the last term.
		expect(
			names(await listPeople({ actor: member, filters: { factionId: f.organizations.factionVg } }))
		).toEqual(['Greta Beispielhaft', 'Jonas Fraktionsberg']);
		expect(names(await listPeople({ actor: member, filters: { role: 'faction_chair' } }))).toEqual([
			'Greta Beispielhaft'
		]);
		// All filters hold for one and the same mandate.
		expect(
			names(await listPeople({ actor: member, filters: { ags: '13003', role: 'faction_chair' } }))
		).toEqual([]);
	});

	it('filters by topic only where the viewer may see the topics', async () => {
		expect(
			names(await listPeople({ actor: f.users.member, filters: { topicId: f.topics.haushalt } }))
		).toEqual(['Greta Beispielhaft']);
		// Heinz shows his topics to the board only.
		expect(
			names(await listPeople({ actor: f.users.member, filters: { topicId: f.topics.schule } }))
		).toEqual([]);
		expect(
			names(await listPeople({ actor: f.users.board, filters: { topicId: f.topics.schule } }))
		).toEqual(['Heinz Schmidt']);
	});

	it('pages through the list and clamps a page past the end', async () => {
		const first = await listPeople({ actor: f.users.member, pageSize: 3 });
		expect(first).toMatchObject({ total: 7, page: 1, pageCount: 3 });
		const last = await listPeople({ actor: f.users.member, pageSize: 3, page: 99 });
		expect(last.page).toBe(3);
		expect(names(last)).toEqual(['Katrin Vorstandt']);
	});

	it('projects every person through the privacy rules', async () => {
		const list = await listPeople({ actor: f.users.member, filters: { query: 'Greta' } });
		expect(list.items[0]).toMatchObject({
			email: 'greta.beispielhaft@example.org',
			phone: null,
			topics: [{ name: 'Haushalt' }, { name: 'ÖPNV' }]
		});
	});
});
