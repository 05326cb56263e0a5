import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '../../directory/testing/directory-fixtures';
import { loadMotionViewer, type MotionViewer } from '../../motions/visibility';
import { createTestDatabase } from '../../testing/test-db';
import { seedSearchCorpus, type CorpusKey } from '../testing/corpus';
import { scopeConditions } from './conditions';
import { countFacets } from './facets';
import { boundedMatches } from './matches';
import { rowsOf, searchDocuments } from './search-documents';

let f: DirectoryFixtures;
let ids: Record<CorpusKey, string>;
let board: MotionViewer;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedDirectoryFixtures();
	ids = await seedSearchCorpus(f);
	board = await loadMotionViewer(f.users.board);
});

/** The bounded matches of a query for the board, with a cap small enough for the corpus. */
async function bounded(query: string, cap: number) {
	const matches = boundedMatches('m', scopeConditions({ viewer: board }), query, cap);
	const [counted] = rowsOf<{ total: number | string; capped: boolean | string }>(
		await db.execute(
			sql`WITH ${matches.ctes} SELECT ${matches.total} AS total, ${matches.capped} AS capped`
		)
	);
	const rows = rowsOf<{ id: string }>(
		await db.execute(sql`WITH ${matches.ctes} SELECT search_document.source_id AS id
			FROM m JOIN search_document ON search_document.id = m.id`)
	);
	return {
		total: Number(counted!.total),
		capped: counted!.capped === true || counted!.capped === 't',
		keys: rows.map((row) => (Object.keys(ids) as CorpusKey[]).find((key) => ids[key] === row.id))
	};
}

describe('boundedMatches: the newest matches, never more than the cap', () => {
	it('counts a word exactly below the cap and as a lower bound above it', async () => {
		const all = await bounded('Kita', 100);
		expect(all.capped).toBe(false);
		expect(all.total).toBeGreaterThan(2);
		expect(await bounded('Kita', all.total)).toMatchObject({ total: all.total, capped: false });
		expect(await bounded('Kita', 2)).toMatchObject({ total: 2, capped: true });
	});

	it('checks a phrase within the newest documents holding all its words', async () => {
		// Both hold "kostenlose" and "Schülerbeförderung"; only the newer in this order.
		expect(await bounded('"kostenlose Schülerbeförderung"', 5)).toEqual({
			total: 1,
			capped: false,
			keys: ['schoolTransport']
		});
		// Two candidates, one checked: the count is what the newest gave, marked as a lower bound.
		expect(await bounded('"kostenlose Schülerbeförderung"', 1)).toEqual({
			total: 1,
			capped: true,
			keys: ['schoolTransport']
		});
		expect(await bounded('"Schülerbeförderung kostenlose"', 5)).toMatchObject({
			total: 0,
			capped: false
		});
	});

	it('keeps excluded phrases and words out of the matches', async () => {
		const both = await searchDocuments({ viewer: board, query: 'kostenlose Schülerbeförderung' });
		expect(both.total).toBe(2);
		const result = await searchDocuments({
			viewer: board,
			query: 'Schülerbeförderung -"kostenlose Schülerbeförderung"'
		});
		expect(result.items.map((item) => item.id)).toEqual([ids.transportApart]);
		const phraseWithout = await searchDocuments({
			viewer: board,
			query: '"kostenlose Schülerbeförderung" -Oberstufe'
		});
		expect(phraseWithout.total).toBe(0);
	});
});

describe('countFacets: bounded like the matches', () => {
	it('counts within the newest matches and says so when more matched', async () => {
		const exact = await countFacets({ viewer: board, query: 'Kita' });
		expect(exact.approximate).toBe(false);
		const total = exact.facets.kind.reduce((sum, entry) => sum + entry.count, 0);
		expect(total).toBeGreaterThan(2);

		const windowed = await countFacets({ viewer: board, query: 'Kita' }, 2);
		expect(windowed.approximate).toBe(true);
		expect(windowed.facets.kind.reduce((sum, entry) => sum + entry.count, 0)).toBe(2);
		// Every facet counts the same two documents, here by year.
		expect(windowed.facets.year.reduce((sum, entry) => sum + entry.count, 0)).toBe(2);
	});

	it('counts a facet with a ticked value over its own bounded matches', async () => {
		const filters = { kind: ['template'] };
		const windowed = await countFacets({ viewer: board, query: 'Kita', filters }, 100);
		const unfiltered = await countFacets({ viewer: board, query: 'Kita' }, 100);
		// The kind facet ignores its own filter; the others count only templates.
		expect(windowed.facets.kind).toEqual(unfiltered.facets.kind);
		const templates = unfiltered.facets.kind.find((entry) => entry.value === 'template')!.count;
		expect(windowed.facets.year.reduce((sum, entry) => sum + entry.count, 0)).toBe(templates);
	});
});
