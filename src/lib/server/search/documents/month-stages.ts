import { sql, type SQL } from 'drizzle-orm';
import { documentMonthOf, UNDATED_MONTH } from '../document-month';
import { searchDocument } from '../schema';

// The newest matches of a word query, looked up a few months at a time (matches.ts says why).
// A document's month is a key of the GIN index on (tsv, month): the index then hands out the
// matches of the named months only, and just those rows are read from the table.

/** The month key of a `YYYY-MM-DD` day. */
export function monthOfDay(day: string): number {
	const [year, month] = day.split('-').map(Number);
	return year! * 12 + month! - 1;
}

/** The first day (`YYYY-MM-DD`) of a month key. */
export function firstDayOfMonth(month: number): string {
	const year = Math.floor(month / 12);
	return `${String(year).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}-01`;
}

/**
 * Months per stage, newest first; the last stage holds everything older. Each stage costs one
 * pass over the index entries of the query's words and of its months (each month's list as
 * long as a word's in 1 % of the documents at 1M), and the table rows of its matches. Two
 * months hold the cap for a word in a tenth of the documents (at 1M), six for one in 3 %, two
 * years for one in 0.5 %; the rarer words' remaining matches are few. One stage of 22 months
 * after the first made a word in 3 % read 22 months' lists and 5,000 rows for 1,000 (81 ms
 * p95 at 1M; with 4 and 16 months: 49 ms).
 */
const STAGE_MONTHS = [2, 4, 16];

/**
 * The stages as conditions on search_document, newest first: together they hold every document
 * once, and every document of a stage is newer than any of the next. The first also holds the
 * undated documents and any dated after `newestMonth` (the month of the newest document, or any
 * month: a wrong guess costs time, never a match).
 */
export function monthStages(newestMonth: number): SQL[] {
	const month = documentMonthOf(searchDocument.date);
	const stages: SQL[] = [];
	let next = newestMonth;
	for (const [index, count] of STAGE_MONTHS.entries()) {
		const months = Array.from({ length: count }, (_, offset) => next - offset);
		const keys = index === 0 ? [UNDATED_MONTH, ...months] : months;
		// Literal integers, so the planner sees the keys themselves (they are computed, not typed).
		const inMonths = sql`${month} && '{${sql.raw(keys.join(','))}}'::int[]`;
		stages.push(
			index === 0
				? sql`(${inMonths} OR ${searchDocument.date} >= ${firstDayOfMonth(newestMonth + 1)})`
				: inMonths
		);
		next -= count;
	}
	// `+ 0`: not through the date index, whose bitmap of most of the table would be ANDed with
	// the words' (30 ms at 1M); the words' own matches, filtered by date, are few by now.
	stages.push(sql`${searchDocument.date} + 0 < ${firstDayOfMonth(next + 1)}`);
	return stages;
}
