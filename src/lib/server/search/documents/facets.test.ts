import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchFacets } from '$lib/shared/search';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '../../directory/testing/directory-fixtures';
import { loadMotionViewer } from '../../motions/visibility';
import { createTestDatabase } from '../../testing/test-db';
import { CORPUS, seedSearchCorpus, type CorpusKey } from '../testing/corpus';
import { searchFacets } from './facets';
import { searchDocuments } from './search-documents';

let f: DirectoryFixtures;
let ids: Record<CorpusKey, string>;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
	ids = await seedSearchCorpus(f);
});

type Visitor = 'anonymous' | 'interested' | 'member' | 'faction_admin' | 'board';
const VISITORS: Visitor[] = ['anonymous', 'interested', 'member', 'faction_admin', 'board'];
const viewerOf = (visitor: Visitor) =>
	loadMotionViewer(visitor === 'anonymous' ? null : f.users[visitor]);

const keys = Object.keys(CORPUS) as CorpusKey[];
const members: CorpusKey[] = ['membersBudget', 'membersKita'];
const factionDrafts: CorpusKey[] = ['draftFaction', 'draftFaction2'];
const publicKeys = keys.filter(
	(key) => !members.includes(key) && !factionDrafts.includes(key) && key !== 'draftAuthor'
);

/** Who reads what (motions/visibility.ts): the board sees no faction's drafts as such. */
const READS: Record<Visitor, CorpusKey[]> = {
	anonymous: publicKeys,
	interested: publicKeys,
	member: [...publicKeys, ...members, 'draftAuthor'],
	faction_admin: [...publicKeys, ...members, ...factionDrafts],
	board: [...publicKeys, ...members]
};

const count = (facets: SearchFacets, facet: keyof SearchFacets, value: string) =>
	facets[facet].find((entry) => entry.value === value)?.count ?? 0;

describe('document search visibility, in results and in facet counts', () => {
	for (const visitor of VISITORS) {
		it(`shows ${visitor} exactly the documents they may read, and counts only those`, async () => {
			const viewer = await viewerOf(visitor);
			const result = await searchDocuments({ viewer, limit: 100 });
			expect(new Set(result.items.map((item) => item.id))).toEqual(
				new Set(READS[visitor].map((key) => ids[key]))
			);
			expect(result.total).toBe(READS[visitor].length);

			const facets = await searchFacets({ viewer });
			const kinds = facets.kind.reduce((sum, entry) => sum + entry.count, 0);
			expect(kinds).toBe(READS[visitor].length);
			const drafts = READS[visitor].filter((key) => CORPUS[key].status === 'draft').length;
			expect(count(facets, 'status', 'draft')).toBe(drafts);

			// A text query: the secret draft's words find it only for its faction.
			const secret = await searchDocuments({ viewer, query: 'Sozialstaffel' });
			expect(secret.total).toBe(visitor === 'faction_admin' ? 1 : 0);
			const secretFacets = await searchFacets({ viewer, query: 'Sozialstaffel' });
			expect(secretFacets.kind).toEqual(
				visitor === 'faction_admin' ? [{ value: 'motion', label: 'Antrag', count: 1 }] : []
			);
		});
	}
});

describe('document search facets', () => {
	it('counts kinds, topics, districts, council types, statuses and years for a query', async () => {
		const viewer = await viewerOf('anonymous');
		const facets = await searchFacets({ viewer, query: 'Kitas' });
		// Public documents mentioning Kita(s): kitaFees, kitaPlaces, kitaStaff.
		expect(facets.kind).toEqual([
			{ value: 'motion', label: 'Antrag', count: 2 },
			{ value: 'template', label: 'Musterantrag', count: 1 }
		]);
		expect(facets.district).toEqual([
			{ value: '13003', label: 'Hanse- und Universitätsstadt Rostock', count: 1 },
			{ value: '13076', label: 'Landkreis Ludwigslust-Parchim', count: 1 },
			{ value: '13075', label: 'Landkreis Vorpommern-Greifswald', count: 1 }
		]);
		expect(facets.councilType).toEqual([
			{ value: 'Kreistag', label: 'Kreistag', count: 2 },
			{ value: 'Bürgerschaft', label: 'Bürgerschaft', count: 1 }
		]);
		expect(facets.year.map((entry) => entry.value)).toEqual(['2025', '2024', '2023']);
		expect(facets.topic).toEqual(
			expect.arrayContaining([
				{ value: 'haushalt', label: 'Haushalt', count: 1 },
				{ value: 'schule', label: 'Schule', count: 1 }
			])
		);
	});

	it('filters by facets (any value within one, all facets together) and keeps the other values of a ticked facet', async () => {
		const viewer = await viewerOf('anonymous');
		const filters = { kind: ['motion'], topic: ['schule'] };
		const result = await searchDocuments({ viewer, filters, limit: 100 });
		const expected = publicKeys.filter(
			(key) => CORPUS[key].kind === 'motion' && (CORPUS[key].topics as string[]).includes('schule')
		);
		expect(new Set(result.items.map((item) => item.id))).toEqual(
			new Set(expected.map((key) => ids[key]))
		);
		const facets = await searchFacets({ viewer, filters });
		// The kind facet counts Schule documents of every kind, not only motions.
		expect(count(facets, 'kind', 'motion')).toBe(expected.length);
		expect(count(facets, 'kind', 'resolution')).toBe(1);
		expect(facets.kind.reduce((sum, entry) => sum + entry.count, 0)).toBeGreaterThan(
			expected.length
		);

		const years = await searchDocuments({ viewer, filters: { year: [2022, 2023] }, limit: 100 });
		expect(years.items.every((item) => /^202[23]-/.test(item.date!))).toBe(true);
		expect(years.total).toBe(publicKeys.filter((key) => /^202[23]-/.test(CORPUS[key].date)).length);
		const byDistrict = await searchDocuments({
			viewer,
			query: 'Kita',
			filters: { district: ['13003'], councilType: ['Bürgerschaft'], status: ['filed'] }
		});
		expect(byDistrict.items.map((item) => item.id)).toEqual([ids.kitaPlaces]);
	});

	it('finds only documents indexed after `since` (for alerts)', async () => {
		const viewer = await viewerOf('board');
		const later = await searchDocuments({ viewer, since: new Date(Date.now() + 60_000) });
		expect(later).toEqual({ total: 0, totalCapped: false, items: [] });
		const earlier = await searchDocuments({ viewer, since: new Date(Date.now() - 3_600_000) });
		expect(earlier.total).toBe(READS.board.length);
	});
});
