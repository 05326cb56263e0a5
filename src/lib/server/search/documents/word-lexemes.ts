import { sql } from 'drizzle-orm';
import { db } from '../../db';
import { rowsOf } from './rows';

/**
 * Words as the german configuration reads them (`to_tsvector('german', word)`), remembered:
 * the stemmer and stop words are PostgreSQL's (a lexeme computed anywhere else could differ
 * from the indexed one), and a word's lexemes depend on its text alone. The page and the
 * facets of one search, the next page, saved-search alerts and the snippets' words ask for the
 * same words again. One round trip for the words not yet known; bounded, oldest dropped first.
 */
const analysed = new Map<string, string[]>();
const REMEMBERED_WORDS = 5000;

export async function wordLexemes(words: readonly string[]): Promise<Map<string, string[]>> {
	const missing = [...new Set(words.filter((word) => !analysed.has(word)))];
	if (missing.length > 0) {
		const rows = rowsOf<{ word: string; lexemes: string[] }>(
			await db.execute(sql`SELECT word, tsvector_to_array(to_tsvector('german', word)) AS lexemes
				FROM unnest(ARRAY[${sql.join(
					missing.map((word) => sql`${word}`),
					sql`, `
				)}]::text[]) word`)
		);
		for (const row of rows) {
			analysed.delete(row.word);
			analysed.set(row.word, row.lexemes);
			if (analysed.size > REMEMBERED_WORDS) analysed.delete(analysed.keys().next().value!);
		}
	}
	return new Map(words.map((word) => [word, analysed.get(word) ?? []]));
}
