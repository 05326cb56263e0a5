import { sql, type SQL } from 'drizzle-orm';
import { db } from '../../db';
import { searchDocument } from '../schema';
import { parseQuery } from './parse-query';
import { rowsOf } from './rows';

// The word pairs of a query's phrases, looked up in the index on `search_word_pairs(tsv)`
// (word-pairs-function.ts says why a phrase becomes one index lookup).

/** The indexed expression; the query must use it verbatim for the planner to use the index. */
export const wordPairsOf = (tsv: SQL | typeof searchDocument.tsv) => sql`search_word_pairs(${tsv})`;

/**
 * The word pairs all phrases of the query must hold (the phrases it excludes left out), as the
 * index writes them; empty when the query has no phrase or its phrases have no adjacent words
 * (all but one are stop words, or stop words between every two): such a query is answered by
 * checking the order on the documents holding all the words, as before. One round trip: the
 * stemmer, stop words and token rules are PostgreSQL's, and a pair computed anywhere else could
 * differ from the indexed one.
 */
export async function phraseWordPairs(query: string): Promise<string[]> {
	const phrases = parseQuery(query)
		.filter((term) => term.kind === 'phrase' && !term.negated)
		.map((term) => term.text);
	if (phrases.length === 0) return [];
	const rows = rowsOf<{ pair: string }>(
		await db.execute(sql`SELECT DISTINCT pair FROM unnest(ARRAY[${sql.join(
			phrases.map((phrase) => sql`${phrase}`),
			sql`, `
		)}]::text[]) phrase, unnest(search_word_pairs(to_tsvector('german', phrase))) pair
			ORDER BY pair`)
	);
	return rows.map((row) => row.pair);
}

/** SQL boolean: the document holds all these pairs (through the GIN index). */
export function wordPairsCondition(pairs: readonly string[]): SQL {
	return sql`${wordPairsOf(searchDocument.tsv)} @> ARRAY[${sql.join(
		pairs.map((pair) => sql`${pair}`),
		sql`, `
	)}]::text[]`;
}
