import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { createTestDatabase } from '../../testing/test-db';
import { searchDocument } from '../schema';
import { boundedMatches, matchLookups } from './matches';
import { forgetNewestDocumentYear, newestDocumentYear } from './newest-year';
import { requiredLexemes } from './required-lexemes';
import { rowsOf } from './rows';
import { NO_PAIRS } from './word-pairs';
import { firstDayOfYear } from './year-stages';

const WORD = 'Stufenprobe';
const NEWEST = 2026;

// One document per date, a few on the same day (the id decides), each stage of yearStages
// (1, 1 and 3 years back from NEWEST, then the rest) and its edges covered.
const DATES: (string | null)[] = [
	null,
	null,
	'2027-03-01',
	'2026-12-31',
	'2026-11-01',
	'2026-10-05',
	'2026-10-05',
	'2026-10-05',
	'2026-01-01',
	'2025-12-31',
	'2025-06-01',
	'2025-01-01',
	'2024-12-31',
	'2024-02-10',
	'2023-06-30',
	'2023-01-01',
	'2022-12-31',
	'2021-11-30',
	'2020-02-01',
	'2019-01-01',
	'2018-12-31',
	'2018-01-31',
	'2015-05-05',
	'2001-07-01'
];

beforeAll(async () => {
	await createTestDatabase();
	const row = (date: string | null, title: string) => {
		const id = randomUUID();
		return { type: 'motion', sourceId: id, title, url: `/antraege/${id}`, date, access: 'public' };
	};
	await db.insert(searchDocument).values([
		...DATES.map((date) => row(date, `${WORD} im Kreistag`)),
		...DATES.map((date) => row(date, 'Haushalt im Kreistag')),
		// Among the newest 200 documents the word is then in 5: neither rare nor common, so it
		// is looked up in stages (staged-matches.ts); the oldest document alone has Altlast.
		...Array.from({ length: 200 }, () => row('2026-11-15', 'Haushalt im Kreistag')),
		row('2014-02-02', 'Altlast im Kreistag')
	]);
});

/** What boundedMatches gives for a word, newest first, with the count it reports. */
async function staged(cap: number, newestYear: number, word = WORD) {
	const lookups = {
		phrases: NO_PAIRS,
		newestYear,
		required: await requiredLexemes(word),
		staged: true
	};
	const matches = boundedMatches('m', [], word, cap, lookups);
	const ids = rowsOf<{ id: string }>(
		await db.execute(sql`WITH ${matches.ctes} SELECT id FROM m ORDER BY date DESC, id DESC`)
	).map((row) => row.id);
	const [counted] = rowsOf<{ total: number | string; capped: boolean | string }>(
		await db.execute(
			sql`WITH ${matches.ctes} SELECT ${matches.total} AS total, ${matches.capped} AS capped`
		)
	);
	return {
		ids,
		total: Number(counted!.total),
		capped: counted!.capped === true || counted!.capped === 't'
	};
}

/** The same without stages: every match sorted, the newest cap + 1. */
async function newestFirst(cap: number, word = WORD) {
	return rowsOf<{ id: string }>(
		await db.execute(sql`SELECT id FROM search_document
			WHERE tsv @@ to_tsquery('german', ${word}) ORDER BY date DESC, id DESC LIMIT ${cap + 1}`)
	).map((row) => row.id);
}

/** How often the table scan of each CTE ran for the word with this cap. */
async function scansOf(word: string, cap: number) {
	const lookups = {
		phrases: NO_PAIRS,
		newestYear: NEWEST,
		required: await requiredLexemes(word),
		staged: true
	};
	const matches = boundedMatches('m', [], word, cap, lookups);
	const [row] = rowsOf<{ 'QUERY PLAN': unknown }>(
		await db.execute(
			sql`EXPLAIN (ANALYZE, FORMAT JSON) WITH ${matches.ctes} SELECT count(*) FROM m`
		)
	);
	const raw = row!['QUERY PLAN'];
	const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [{ Plan: PlanNode }];
	return (cte: string) => {
		const node = findNode(plan[0].Plan, (node) => node['Subplan Name'] === `CTE ${cte}`);
		const scan = node && findNode(node, (node) => node['Relation Name'] === 'search_document');
		return scan?.['Actual Loops'];
	};
}

describe('boundedMatches: a word looked up a few years at a time', () => {
	it('finds the newest matches across all stages, exactly as one sort over all would', async () => {
		for (let cap = 1; cap <= DATES.length + 1; cap++) {
			const expected = await newestFirst(cap);
			const result = await staged(cap, NEWEST);
			expect(result.ids, `cap ${cap}`).toEqual(expected);
			expect(result.total).toBe(Math.min(DATES.length, cap));
			expect(result.capped).toBe(DATES.length > cap);
		}
	});

	it('gives the same matches whatever year it starts from', async () => {
		for (const start of [NEWEST - 9, NEWEST - 1, NEWEST + 1, NEWEST + 5]) {
			for (const cap of [1, 4, 9, 15, DATES.length]) {
				expect((await staged(cap, start)).ids, `start ${start}, cap ${cap}`).toEqual(
					await newestFirst(cap)
				);
			}
		}
	});

	it('reads an older stage only when the newer ones held no more than the cap', async () => {
		const loops = await scansOf(WORD, 3);
		// The first stage (undated, later than the newest year, the newest year) holds 9 matches.
		expect(loops('m_0')).toBe(1);
		for (const skipped of ['m_1', 'm_2', 'm_3']) expect(loops(skipped)).toBe(0);
		// The first two stages hold 12, the first three 17: with a cap of 12 the third is read (the
		// cap + 1st match is needed), the rest is not.
		const some = await scansOf(WORD, 12);
		for (const read of ['m_0', 'm_1', 'm_2']) expect(some(read)).toBe(1);
		expect(some('m_3')).toBe(0);
		const all = await scansOf(WORD, DATES.length);
		for (const read of ['m_0', 'm_1', 'm_2', 'm_3']) expect(all(read)).toBe(1);
	});

	it('is taken for a word neither rare nor common among the newest documents', async () => {
		expect((await matchLookups(WORD)).staged).toBe(true);
		// Rare (none of the newest 200) and common (a tenth or more): left to the planner.
		for (const word of ['Altlast', 'Kreistag']) {
			const lookups = await matchLookups(word);
			expect(lookups.staged, word).toBe(false);
			for (const cap of [1, 3, 50]) {
				const matches = boundedMatches('m', [], word, cap, lookups);
				const ids = rowsOf<{ id: string }>(
					await db.execute(sql`WITH ${matches.ctes} SELECT id FROM m ORDER BY date DESC, id DESC`)
				).map((row) => row.id);
				expect(ids, `${word}, cap ${cap}`).toEqual(await newestFirst(cap, word));
			}
		}
	});
});

describe('requiredLexemes', () => {
	it('asks for each word as the stemmer writes it, a plural variant as one of two', async () => {
		expect(await requiredLexemes('Schulen Kitas -Gebühren')).toEqual([
			['schul'],
			['kitas', 'kita']
		]);
		// Stop words require nothing; phrases and prefixes are looked up otherwise (matches.ts).
		expect(await requiredLexemes('die "Grüne Schule" schul*')).toEqual([]);
	});
});

interface PlanNode {
	'Subplan Name'?: string;
	'Relation Name'?: string;
	'Actual Loops'?: number;
	Plans?: PlanNode[];
}

function findNode(node: PlanNode, wanted: (node: PlanNode) => boolean): PlanNode | undefined {
	if (wanted(node)) return node;
	for (const child of node.Plans ?? []) {
		const found = findNode(child, wanted);
		if (found) return found;
	}
	return undefined;
}

describe('newestDocumentYear', () => {
	it('starts from the newest document dated up to today, and remembers it a while', async () => {
		forgetNewestDocumentYear();
		// Documents dated after today (2027-03-01 here) are no start: the first stage holds them.
		const now = new Date('2027-01-10T12:00:00Z');
		expect(await newestDocumentYear(now)).toBe(2026);
		const id = randomUUID();
		await db.insert(searchDocument).values({
			type: 'motion',
			sourceId: id,
			title: 'Neujahrsempfang',
			url: `/antraege/${id}`,
			date: '2027-01-05',
			access: 'public'
		});
		try {
			const fiveMinutesLater = new Date(now.getTime() + 5 * 60_000);
			expect(await newestDocumentYear(fiveMinutesLater)).toBe(2026);
			const anHourLater = new Date(now.getTime() + 60 * 60_000);
			expect(await newestDocumentYear(anHourLater)).toBe(2027);
		} finally {
			await db.delete(searchDocument).where(eq(searchDocument.sourceId, id));
			forgetNewestDocumentYear();
		}
	});

	it('starts from the current year when no document is dated up to today', async () => {
		forgetNewestDocumentYear();
		expect(await newestDocumentYear(new Date('1995-06-15T12:00:00Z'))).toBe(1995);
		forgetNewestDocumentYear();
	});
});

describe('firstDayOfYear', () => {
	it('writes the day as PostgreSQL reads a date', () => {
		expect(firstDayOfYear(2026)).toBe('2026-01-01');
		expect(firstDayOfYear(987)).toBe('0987-01-01');
	});
});
