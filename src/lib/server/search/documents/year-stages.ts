import { sql, type SQL } from 'drizzle-orm';
import { datedWordKey, UNDATED_YEAR } from '../dated-words-function';
import { searchDocument } from '../schema';

// The newest matches of a word query, looked up a few years at a time (matches.ts says why).
// Every word of a document is a key of the GIN index on `search_dated_words(tsv, date)` together
// with the document's year: the index hands out the matches of the named years only, and just
// those rows are read from the table.

/** The indexed expression; queries must use it verbatim for the planner to use the index. */
const datedWords = sql`search_dated_words(${searchDocument.tsv}, ${searchDocument.date})`;

/**
 * What the query requires, as lexemes: every group must be matched by one of its lexemes (a
 * word, or a word and its plural variant). Only a necessary condition: the query itself is
 * still tested on every row a stage reads (negated words, stop words, …).
 */
export type RequiredLexemes = readonly (readonly string[])[];

/**
 * Years per stage, newest first; the last stage holds everything older. A stage's index lookup
 * costs little (its words' entries of its years); what costs is reading the table rows of its
 * matches, all of them, to keep the newest, and planning it: every statement plans every stage,
 * read or not (about a millisecond each at 1M). One year holds the cap for a word in about 1 %
 * of the documents (at 1M over ten years), two years one in 0.5 %, five one in 0.2 %; the rest
 * of a rarer word's matches are few, and the rarest are looked up in one pass
 * (staged-matches.ts).
 */
const STAGE_YEARS = [1, 1, 3];

/** The first day (`YYYY-MM-DD`) of a year. */
export function firstDayOfYear(year: number): string {
	return `${String(year).padStart(4, '0')}-01-01`;
}

/**
 * The stages as conditions on search_document, newest first: together they hold every document
 * matching `required` once, and every document of a stage is newer than any of the next. The
 * first also holds the undated documents and any dated after `newestYear` (the year of the
 * newest document, or any year: a wrong guess costs time, never a match). `byYear`: the stage
 * is looked up by the words' year keys; the last (everything older) is not, its matches are
 * found through the plain word index.
 */
export function yearStages(
	newestYear: number,
	required: RequiredLexemes
): { condition: SQL; byYear: boolean }[] {
	const inYears = (years: number[]) =>
		sql.join(
			required.map(
				(group) =>
					sql`${datedWords} && ARRAY[${sql.join(
						years.flatMap((year) => group.map((lexeme) => sql`${datedWordKey(year, lexeme)}`)),
						sql`, `
					)}]::text[]`
			),
			sql` AND `
		);
	const stages: { condition: SQL; byYear: boolean }[] = [];
	let next = newestYear;
	for (const [index, count] of STAGE_YEARS.entries()) {
		const years = Array.from({ length: count }, (_, offset) => next - offset);
		const condition =
			index === 0
				? sql`((${inYears([UNDATED_YEAR, ...years])}) OR ${searchDocument.date} >= ${firstDayOfYear(newestYear + 1)})`
				: sql`(${inYears(years)})`;
		stages.push({ condition, byYear: true });
		next -= count;
	}
	// `+ 0`: not through the date index, whose bitmap of most of the table would be ANDed with
	// the words' (30 ms at 1M); the words' own matches, filtered by date, are few by now.
	stages.push({
		condition: sql`${searchDocument.date} + 0 < ${firstDayOfYear(next + 1)}`,
		byYear: false
	});
	return stages;
}
