import { and, sql, type SQL } from 'drizzle-orm';
import { db } from '../../db';
import { searchDocument } from '../schema';
import { documentCandidateTsQuery, documentTsQuery, hasPhrase } from './tsquery';
import { NO_PAIRS, wordPairsCondition, type PhrasePairs } from './word-pairs';

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
 */
export interface BoundedMatches {
	/** CTE definitions (without `WITH`); `<name>` has the columns id and date. */
	ctes: SQL;
	/** SQL boolean: more documents may match than `<name>` holds. */
	capped: SQL;
	/** SQL integer: the matches counted, at most `cap`. */
	total: SQL;
}

/**
 * `name` must be a fixed identifier (it is written into the SQL as is). `conditions` are the
 * scope (access, types, filters); `query` is what the searcher typed (empty: everything);
 * `phrases` what the word pairs index knows of its phrases (`phraseWordPairs(query)`; without:
 * the words alone find the candidates, the same matches, only slower).
 */
export function boundedMatches(
	name: string,
	conditions: (SQL | undefined)[],
	query: string,
	cap: number,
	phrases: PhrasePairs = NO_PAIRS
): BoundedMatches {
	const table = sql.raw(name);
	const candidates = sql.raw(`${name}_candidates`);
	const tsq = documentTsQuery(query);
	const newest = sql`ORDER BY date DESC, id DESC`;
	const total = sql`(SELECT least(count(*), ${cap}) FROM ${table})`;
	if (!tsq || !hasPhrase(query)) {
		const where = and(...conditions, tsq ? sql`${searchDocument.tsv} @@ (${tsq})` : undefined);
		return {
			ctes: sql`${table} AS MATERIALIZED (
				SELECT ${searchDocument.id} AS id, ${searchDocument.date} AS date
				FROM ${searchDocument} WHERE ${where}
				${newest} LIMIT ${cap + 1}
			)`,
			capped: sql`(SELECT count(*) > ${cap} FROM ${table})`,
			total
		};
	}
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
	return {
		ctes: sql`${candidates} AS MATERIALIZED (
				SELECT ${searchDocument.id} AS id, ${searchDocument.date} AS date, ${searchDocument.tsv} AS tsv
				FROM ${searchDocument} WHERE ${where}
				ORDER BY ${searchDocument.date} + 0 DESC, ${searchDocument.id} DESC LIMIT ${cap + 1}
			),
			${table} AS MATERIALIZED (
				SELECT id, date FROM (SELECT * FROM ${candidates} ${newest} LIMIT ${cap}) checked
				WHERE ${inOrder}
			)`,
		capped: sql`(SELECT count(*) > ${cap} FROM ${candidates})`,
		total
	};
}

/**
 * Runs a statement built on boundedMatches for `query` (and the `phrases` it was built
 * with). For a phrase without word pairs, sequential scans are ruled out for this statement:
 * when the words are in a large part of all documents the planner would rather read the whole
 * table than the GIN index, and reading it means decompressing every tsvector (seconds); the
 * index with a top-N sort stays bounded in the rows it touches. The bitmap of the index gets
 * room to stay exact: with the default 4 MB it turns lossy at ~1M documents, and every row of a
 * lossy page is tested again, tsvector read (2.6 s → 0.95 s). With pairs, the pair index finds
 * few candidates and the planner needs no such help.
 */
export async function executeBounded(
	statement: SQL,
	query: string,
	phrases: PhrasePairs = NO_PAIRS
): Promise<unknown> {
	if (!hasPhrase(query) || phrases.pairs.length > 0) return db.execute(statement);
	return db.transaction(async (tx) => {
		await tx.execute(sql`SET LOCAL enable_seqscan = off`);
		await tx.execute(sql`SET LOCAL work_mem = '32MB'`);
		return tx.execute(statement);
	});
}
