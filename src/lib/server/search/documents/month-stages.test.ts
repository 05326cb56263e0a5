import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { createTestDatabase } from '../../testing/test-db';
import { searchDocument } from '../schema';
import { boundedMatches } from './matches';
import { firstDayOfMonth, monthOfDay } from './month-stages';
import { forgetNewestDocumentMonth, newestDocumentMonth } from './newest-month';
import { rowsOf } from './rows';
import { NO_PAIRS } from './word-pairs';

const WORD = 'Stufenprobe';
const NEWEST = monthOfDay('2026-11-15');

// One document per date, a few on the same day (the id decides), each stage of monthStages
// (2, 4 and 16 months back from NEWEST, then the rest) and its edges covered.
const DATES: (string | null)[] = [
	null,
	null,
	'2027-03-01',
	'2026-12-01',
	'2026-11-30',
	'2026-11-01',
	'2026-10-31',
	'2026-10-05',
	'2026-10-05',
	'2026-10-05',
	'2026-10-01',
	'2026-09-30',
	'2026-09-01',
	'2026-08-31',
	'2026-06-01',
	'2026-05-31',
	'2026-02-10',
	'2025-12-01',
	'2025-11-30',
	'2025-02-01',
	'2025-01-31',
	'2024-12-01',
	'2024-11-30',
	'2024-06-06',
	'2022-12-01',
	'2022-11-30',
	'2021-01-01',
	'2015-05-05'
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
async function staged(cap: number, newestMonth: number, word = WORD) {
	const matches = boundedMatches('m', [], word, cap, { phrases: NO_PAIRS, newestMonth });
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
	const matches = boundedMatches('m', [], word, cap, { phrases: NO_PAIRS, newestMonth: NEWEST });
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

describe('month keys', () => {
	it('counts months from year 0 and gives back their first day', () => {
		expect(monthOfDay('2026-01-31')).toBe(2026 * 12);
		expect(monthOfDay('2026-11-03')).toBe(2026 * 12 + 10);
		expect(firstDayOfMonth(monthOfDay('2026-11-03'))).toBe('2026-11-01');
		expect(firstDayOfMonth(2026 * 12 - 1)).toBe('2025-12-01');
		expect(firstDayOfMonth(2026 * 12 + 11 + 1)).toBe('2027-01-01');
	});
});

describe('boundedMatches: a word looked up a few months at a time', () => {
	it('finds the newest matches across all stages, exactly as one sort over all would', async () => {
		for (let cap = 1; cap <= DATES.length + 1; cap++) {
			const expected = await newestFirst(cap);
			const result = await staged(cap, NEWEST);
			expect(result.ids, `cap ${cap}`).toEqual(expected);
			expect(result.total).toBe(Math.min(DATES.length, cap));
			expect(result.capped).toBe(DATES.length > cap);
		}
	});

	it('gives the same matches whatever month it starts from', async () => {
		for (const start of [NEWEST - 100, NEWEST - 13, NEWEST + 1, NEWEST + 60]) {
			for (const cap of [1, 4, 9, 15, DATES.length]) {
				expect((await staged(cap, start)).ids, `start ${start}, cap ${cap}`).toEqual(
					await newestFirst(cap)
				);
			}
		}
	});

	it('reads an older stage only when the newer ones held no more than the cap', async () => {
		const loops = await scansOf(WORD, 3);
		// The first stage (undated, later than the newest month, the newest two) holds 11 matches.
		expect(loops('m_0')).toBe(1);
		for (const skipped of ['m_plain', 'm_1', 'm_2', 'm_3']) expect(loops(skipped)).toBe(0);
		// The first two stages hold 15, the first three 20: with a cap of 15 the third is read (the
		// cap + 1st match is needed), the rest is not.
		const some = await scansOf(WORD, 15);
		for (const read of ['m_0', 'm_1', 'm_2']) expect(some(read)).toBe(1);
		expect(some('m_3')).toBe(0);
		const all = await scansOf(WORD, DATES.length);
		for (const read of ['m_0', 'm_1', 'm_2', 'm_3']) expect(all(read)).toBe(1);
	});

	it('leaves a rare and a common word to the planner, with the same matches', async () => {
		for (const word of ['Altlast', 'Kreistag']) {
			const loops = await scansOf(word, 3);
			expect(loops('m_plain'), word).toBe(1);
			for (const skipped of ['m_0', 'm_1', 'm_2', 'm_3']) expect(loops(skipped), word).toBe(0);
			for (const cap of [1, 3, 50]) {
				expect((await staged(cap, NEWEST, word)).ids).toEqual(await newestFirst(cap, word));
			}
		}
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

describe('newestDocumentMonth', () => {
	it('starts from the newest document dated up to today, and remembers it a while', async () => {
		forgetNewestDocumentMonth();
		// Documents dated after today (2027-03-01 here) are no start: the first stage holds them.
		const now = new Date('2027-01-10T12:00:00Z');
		expect(await newestDocumentMonth(now)).toBe(monthOfDay('2026-12-01'));
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
			expect(await newestDocumentMonth(fiveMinutesLater)).toBe(monthOfDay('2026-12-01'));
			const anHourLater = new Date(now.getTime() + 60 * 60_000);
			expect(await newestDocumentMonth(anHourLater)).toBe(monthOfDay('2027-01-01'));
		} finally {
			await db.delete(searchDocument).where(eq(searchDocument.sourceId, id));
			forgetNewestDocumentMonth();
		}
	});

	it('starts from the current month when no document is dated up to today', async () => {
		forgetNewestDocumentMonth();
		expect(await newestDocumentMonth(new Date('2010-06-15T12:00:00Z'))).toBe(
			monthOfDay('2010-06-01')
		);
		forgetNewestDocumentMonth();
	});
});
