import { sql, type SQL } from 'drizzle-orm';
import { db } from '../../db';
import { searchDocument } from '../schema';
import { parseQuery } from './parse-query';
import { rowsOf } from './rows';

// The word pairs of a query's phrases, looked up in the index on `search_word_pairs(tsv)`
// (word-pairs-function.ts says why a phrase becomes one index lookup).

/** The indexed expression; the query must use it verbatim for the planner to use the index. */
export const wordPairsOf = (tsv: SQL | typeof searchDocument.tsv) => sql`search_word_pairs(${tsv})`;

/** What the index can tell about the phrases of a query (`phraseWordPairs`). */
export interface PhrasePairs {
	/** The pairs every document holding the phrases holds (all phrases, distinct, sorted). */
	pairs: string[];
	/** Phrases (as parsed) each of whose words is in one of the pairs: no word lookup needed. */
	covered: string[];
	/**
	 * Every phrase of the query is two adjacent words, and no phrase is excluded: holding the
	 * pair is holding the phrase, so the order needs no check (no tsvector read out of TOAST).
	 */
	exact: boolean;
}

/** A query without phrases, or one answered by its words alone. */
export const NO_PAIRS: PhrasePairs = { pairs: [], covered: [], exact: false };

/**
 * The word pairs the query's phrases need (the phrases it excludes left out), as the index
 * writes them; none when the query has no phrase or its phrases have no adjacent words (all
 * but one are stop words, or stop words between every two): such a query is answered by
 * checking the order on the documents holding all the words, as before. Looked up in the
 * database (one round trip, then remembered per phrase): the stemmer, stop words and token
 * rules are PostgreSQL's, and a pair computed anywhere else could differ from the indexed one.
 */
export async function phraseWordPairs(query: string): Promise<PhrasePairs> {
	const phrases = parseQuery(query).filter((term) => term.kind === 'phrase');
	const wanted = [...new Set(phrases.filter((term) => !term.negated).map((term) => term.text))];
	if (wanted.length === 0) return NO_PAIRS;
	const rows = await analysedPhrases(wanted);
	const pairs = [...new Set(rows.flatMap((row) => row.pairs))].sort();
	if (pairs.length === 0) return NO_PAIRS;
	const covered = rows
		.filter((row) => {
			// Lexemes hold no spaces: the pair's two words are its two halves.
			const inPairs = new Set(row.pairs.flatMap((pair) => pair.split(' ')));
			return row.lexemes.length > 0 && row.lexemes.every((lexeme) => inPairs.has(lexeme));
		})
		.map((row) => row.phrase);
	const exact =
		phrases.every((term) => !term.negated) &&
		rows.every((row) => row.positions === 2 && row.pairs.length === 1);
	return { pairs, covered, exact };
}

interface AnalysedPhrase {
	phrase: string;
	pairs: string[];
	lexemes: string[];
	positions: number;
}

/**
 * Phrases as the german configuration reads them, remembered: a phrase's pairs depend on its
 * text alone (the function is immutable), and the page and the facets of one search, the next
 * page and saved-search alerts ask for the same phrases again. Bounded, oldest dropped first.
 */
const analysed = new Map<string, AnalysedPhrase>();
const REMEMBERED_PHRASES = 1000;

async function analysedPhrases(phrases: string[]): Promise<AnalysedPhrase[]> {
	const missing = phrases.filter((phrase) => !analysed.has(phrase));
	if (missing.length > 0) {
		const rows = rowsOf<AnalysedPhrase>(
			await db.execute(sql`SELECT phrase, search_word_pairs(v) AS pairs,
					tsvector_to_array(v) AS lexemes,
					(SELECT count(*) FROM unnest(v) entry, unnest(entry.positions) pos)::int AS positions
				FROM unnest(ARRAY[${sql.join(
					missing.map((phrase) => sql`${phrase}`),
					sql`, `
				)}]::text[]) phrase, to_tsvector('german', phrase) v`)
		);
		for (const row of rows) {
			analysed.delete(row.phrase);
			analysed.set(row.phrase, { ...row, positions: Number(row.positions) });
			if (analysed.size > REMEMBERED_PHRASES) analysed.delete(analysed.keys().next().value!);
		}
	}
	return phrases.flatMap((phrase) => analysed.get(phrase) ?? []);
}

/** SQL boolean: the document holds all these pairs (through the GIN index). */
export function wordPairsCondition(pairs: readonly string[]): SQL {
	return sql`${wordPairsOf(searchDocument.tsv)} @> ARRAY[${sql.join(
		pairs.map((pair) => sql`${pair}`),
		sql`, `
	)}]::text[]`;
}
