import { and, sql, type SQL } from 'drizzle-orm';
import { db } from '../../db';
import { searchDocument } from '../schema';
import { newestDocumentYear } from './newest-year';
import { requiredLexemes } from './required-lexemes';
import { stagedMatches, wantsStages } from './staged-matches';
import { documentCandidateTsQuery, documentTsQuery, hasPhrase, hasPrefix } from './tsquery';
import type { RequiredLexemes } from './year-stages';
import { NO_PAIRS, phraseWordPairs, wordPairsCondition, type PhrasePairs } from './word-pairs';

/**
 * The newest documents a query matches, never more than `cap` + 1 of them: every statement of
 * the search (page, count, facets) starts from such a bounded set, so no request reads the
 * tsvectors or facet columns of hundreds of thousands of rows (SEARCH-NOTES.md).
 *
 * A query with a phrase is answered in two steps. The GIN index keeps no word positions, so
 * checking the order means reading and decompressing each document's tsvector; instead the
 * indexes find the newest `cap` + 1 documents holding all the words and all the phrase's word
 * pairs (word-pairs.ts; few documents even for common words), and only the newest `cap` of those
 * are checked for the order. When there were more candidates, older documents may hold the phrase
 * too: the count is then a lower bound (`capped`), as for any broad query.
 *
 * Words alone (no phrase, no prefix) are looked up a few years at a time, newest first
 * (year-stages.ts). The GIN index on the words gives its matches in no date order: finding the
 * newest of a word in 1 % of a million documents meant visiting the table page of each of its
 * 10,000 matches to read the date (30–70 ms), and walking the date index instead tests every
 * document on the way (300–650 ms for a word in 3 %). The index on the words keyed by year
 * hands out the matches of the newest years only; an older stage is read only when the newer
 * ones held no more than `cap` (staged-matches.ts). That is for words neither rare nor common
 * among the newest documents in scope, which a probe tells first (`wantsStages`); the rare and
 * the common are left to the planner (one pass over the index, or the date walk).
 */
export interface BoundedMatches {
	/** CTE definitions (without `WITH`); `<name>` has the columns id and date. */
	ctes: SQL;
	/** SQL boolean: more documents may match than `<name>` holds. */
	capped: SQL;
	/** SQL integer: the matches counted, at most `cap`. */
	total: SQL;
}

/** What a statement on the matches is built with, looked up first (`matchLookups`). */
export interface MatchLookups {
	/** What the word pairs index knows of the query's phrases (`phraseWordPairs`). */
	phrases: PhrasePairs;
	/** The words' lexemes the staged lookup asks the index for (`requiredLexemes`). */
	required?: RequiredLexemes;
	/** Where the staged lookup starts (`newestDocumentYear`). */
	newestYear?: number;
	/** The query is neither rare nor common in scope: looked up in stages (`wantsStages`). */
	staged?: boolean;
}

/** Without lookups: the same matches, only slower (phrases by their words alone). */
export const NO_LOOKUPS: MatchLookups = { phrases: NO_PAIRS };

/**
 * Everything boundedMatches can use to answer `query` in scope (`conditions`) fast: side by side,
 * a round trip or two (what is remembered needs none).
 */
export async function matchLookups(
	query: string,
	conditions: (SQL | undefined)[] = []
): Promise<MatchLookups> {
	if (hasPhrase(query)) return { phrases: await phraseWordPairs(query) };
	const tsq = documentTsQuery(query);
	if (!tsq || !looksUpByYear(query)) return NO_LOOKUPS;
	const [required, newestYear, staged] = await Promise.all([
		requiredLexemes(query),
		newestDocumentYear(),
		wantsStages(conditions, tsq)
	]);
	return { phrases: NO_PAIRS, required, newestYear, staged };
}

/** Words alone, without a phrase or a prefix, are looked up a few years at a time. */
function looksUpByYear(query: string): boolean {
	return documentTsQuery(query) !== null && !hasPhrase(query) && !hasPrefix(query);
}

/**
 * What boundedMatches looks the query up by year with, or null when it does not: words alone,
 * found neither rare nor common, some of them required.
 */
function stagedLookup(
	query: string,
	{ staged, required, newestYear }: MatchLookups
): { required: RequiredLexemes; newestYear: number } | null {
	if (!staged || !required?.length || newestYear === undefined || !looksUpByYear(query))
		return null;
	return { required, newestYear };
}

/**
 * `name` must be a fixed identifier (it is written into the SQL as is). `conditions` are the
 * scope (access, types, filters); `query` is what the searcher typed (empty: everything).
 * `carried`: more columns of search_document for `<name>` (fixed identifiers too), taken from
 * the rows the lookup reads anyway instead of fetching each match again by its id.
 */
export function boundedMatches(
	name: string,
	conditions: (SQL | undefined)[],
	query: string,
	cap: number,
	lookups: MatchLookups = NO_LOOKUPS,
	carried: readonly string[] = []
): BoundedMatches {
	const table = sql.raw(name);
	const extra = sql.raw(carried.map((column) => `, ${column}`).join(''));
	const candidates = sql.raw(`${name}_candidates`);
	const tsq = documentTsQuery(query);
	const newest = sql`ORDER BY date DESC, id DESC`;
	const total = sql`(SELECT least(count(*), ${cap}) FROM ${table})`;
	const capped = sql`(SELECT count(*) > ${cap} FROM ${table})`;
	if (!tsq || !hasPhrase(query)) {
		const staged = tsq && stagedLookup(query, lookups);
		if (staged) {
			const { required, newestYear } = staged;
			return {
				ctes: stagedMatches(name, conditions, tsq, cap, newestYear, required, extra),
				capped,
				total
			};
		}
		const where = and(...conditions, tsq ? sql`${searchDocument.tsv} @@ (${tsq})` : undefined);
		return {
			ctes: sql`${table} AS MATERIALIZED (
				SELECT ${searchDocument.id} AS id, ${searchDocument.date} AS date${extra}
				FROM ${searchDocument} WHERE ${where}
				${newest} LIMIT ${cap + 1}
			)`,
			capped,
			total
		};
	}
	const { phrases } = lookups;
	// The candidates carry the tsvector as stored (compressed, not read yet): the order is
	// checked on the newest `cap` of them only, and no plan can turn the check into a scan.
	// `date + 0` keeps the planner off the date index: walking it newest first would test (and
	// decompress) every document on the way, thousands for two common words, while the GIN
	// indexes answer all the words and pairs without reading one tsvector.
	const candidateTsq = documentCandidateTsQuery(query, phrases.covered);
	const where = and(
		...conditions,
		candidateTsq ? sql`${searchDocument.tsv} @@ (${candidateTsq})` : undefined,
		phrases.pairs.length > 0 ? wordPairsCondition(phrases.pairs) : undefined
	);
	// Two adjacent words are their pair: the candidates are the matches (no tsvector read).
	const inOrder = phrases.exact ? sql`true` : sql`checked.tsv @@ (${tsq})`;
	// Only a check needs the tsvector: carried through the sort of every candidate, it made the
	// rows of a broad two-word phrase 15 times wider (20 ms of 30 at 1M).
	const tsv = phrases.exact ? sql`` : sql`, ${searchDocument.tsv} AS tsv`;
	return {
		ctes: sql`${candidates} AS MATERIALIZED (
				SELECT ${searchDocument.id} AS id, ${searchDocument.date} AS date${tsv}${extra}
				FROM ${searchDocument} WHERE ${where}
				ORDER BY ${searchDocument.date} + 0 DESC, ${searchDocument.id} DESC LIMIT ${cap + 1}
			),
			${table} AS MATERIALIZED (
				SELECT id, date${extra} FROM (SELECT * FROM ${candidates} ${newest} LIMIT ${cap}) checked
				WHERE ${inOrder}
			)`,
		capped: sql`(SELECT count(*) > ${cap} FROM ${candidates})`,
		total
	};
}

/**
 * Runs a statement built on boundedMatches for `query` (and the `lookups` it was built with).
 *
 * - A phrase without word pairs: sequential scans are ruled out for this statement. When the
 *   words are in a large part of all documents the planner would rather read the whole table
 *   than the GIN index, and reading it means decompressing every tsvector (seconds); the index
 *   with a top-N sort stays bounded in the rows it touches. The bitmap of the index gets room to
 *   stay exact: with the default 4 MB it turns lossy at ~1M documents, and every row of a lossy
 *   page is tested again, tsvector read (2.6 s → 0.95 s). With pairs, the pair index finds few
 *   candidates and the planner needs no such help.
 * - Words looked up by year: no parallel workers. The planner cannot know that a stage's keys
 *   imply its words, so it expects thousands of rows where there are at most a few thousand and
 *   hands the stage to workers, whose start alone took 25 ms of a 30 ms search at 1M.
 */
export async function executeBounded(
	statement: SQL,
	query: string,
	lookups: MatchLookups = NO_LOOKUPS
): Promise<unknown> {
	const phraseByWords = hasPhrase(query) && lookups.phrases.pairs.length === 0;
	if (!phraseByWords && !stagedLookup(query, lookups)) return db.execute(statement);
	return db.transaction(async (tx) => {
		if (phraseByWords) {
			await tx.execute(sql`SET LOCAL enable_seqscan = off`);
			await tx.execute(sql`SET LOCAL work_mem = '32MB'`);
		} else {
			await tx.execute(sql`SET LOCAL max_parallel_workers_per_gather = 0`);
		}
		return tx.execute(statement);
	});
}
