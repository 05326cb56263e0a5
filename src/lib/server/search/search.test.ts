import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/types';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '../directory/testing/directory-fixtures';
import { createTestDatabase } from '../testing/test-db';
import { search } from './search';

let f: DirectoryFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
});

type Visitor = 'anonymous' | 'interested' | 'member' | 'faction_admin' | 'board';
const actor = (visitor: Visitor): SessionUser | null =>
	visitor === 'anonymous' ? null : f.users[visitor];

describe('search, type person', () => {
	it('finds "Schmitt" as Schmidt, for everyone (a Gemeindevertreter is public record)', async () => {
		const result = await search({ actor: null, query: 'Schmitt', type: 'person' });
		expect(result).toEqual({
			total: 1,
			items: [
				{
					type: 'person',
					id: f.people.heinz,
					title: 'Heinz Schmidt',
					snippet: expect.stringContaining('Mitglied, Gemeindevertretung'),
					url: `/personen/${f.people.heinz}`,
					date: '2024-06-09'
				}
			]
		});
	});

	it('lists each person once, however many mandates they hold', async () => {
		const result = await search({ actor: f.users.board, query: 'Greta', type: 'person' });
		expect(result.total).toBe(1);
		expect(result.items.map((item) => item.title)).toEqual(['Greta Beispielhaft']);
	});

	const whoIsFound: Record<Visitor, string[]> = {
		// The public knows mandate holders only: no sachkundige Einwohnerin, no plain members.
		anonymous: ['Greta Beispielhaft', 'Otto Früher', 'Heinz Schmidt'],
		interested: ['Greta Beispielhaft', 'Otto Früher', 'Heinz Schmidt'],
		member: [
			'Greta Beispielhaft',
			'Jonas Fraktionsberg',
			'Otto Früher',
			'Mira Mitgliedermann',
			'Heinz Schmidt',
			'Hanna Verborgen',
			'Katrin Vorstandt'
		],
		faction_admin: [],
		board: []
	};
	whoIsFound.faction_admin = whoIsFound.member;
	whoIsFound.board = whoIsFound.member;

	for (const [visitor, titles] of Object.entries(whoIsFound) as [Visitor, string[]][]) {
		it(`shows ${visitor} exactly the people and fields they may see`, async () => {
			const result = await search({ actor: actor(visitor), type: 'person' });
			expect(result.items.map((item) => item.title)).toEqual(titles);
			expect(result.total).toBe(titles.length);
			const text = JSON.stringify(result);
			// Contact data never travels in search results; hidden topics and unelected seats stay hidden.
			expect(text).not.toContain('@example.org');
			expect(text).not.toContain('0381 5550101');
			const greta = result.items.find((item) => item.id === f.people.greta)!;
			if (visitor === 'anonymous' || visitor === 'interested') {
				expect(greta.snippet).not.toContain('Themen');
				expect(text).not.toContain('Verborgen');
				expect(text).not.toContain('Sachkundige');
			} else {
				expect(greta.snippet).toContain('Themen: Haushalt, ÖPNV');
			}
			const heinz = result.items.find((item) => item.id === f.people.heinz)!;
			expect(heinz.snippet.includes('Schule')).toBe(visitor === 'board');
		});
	}

	it('describes mandates with their faction, former ones as such', async () => {
		const { items } = await search({ actor: null, type: 'person' });
		const greta = items.find((item) => item.id === f.people.greta)!;
		expect(greta.snippet).toBe(
			'DIE LINKE · Mitglied, Kreistag Vorpommern-Greifswald (Fraktion DIE LINKE); Fraktionsvorsitz, Fraktion DIE LINKE'
		);
		const otto = items.find((item) => item.id === f.people.otto)!;
		expect(otto.snippet).toMatch(/^DIE LINKE · früher: Mitglied, Kreistag Vorpommern-Greifswald/);
		expect(otto.date).toBe('2024-06-08');
	});

	it('pages through results, over all types as well as by type', async () => {
		const first = await search({ actor: f.users.member, pageSize: 4 });
		const second = await search({ actor: f.users.member, pageSize: 4, page: 2 });
		expect(first.total).toBe(7);
		expect(first.items).toHaveLength(4);
		expect(second.items).toHaveLength(3);
		const ids = [...first.items, ...second.items].map((item) => item.id);
		expect(new Set(ids).size).toBe(7);
		const beyond = await search({ actor: f.users.member, pageSize: 4, page: 3 });
		expect(beyond).toEqual({ total: 7, items: [] });
	});
});
