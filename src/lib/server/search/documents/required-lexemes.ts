import { sql } from 'drizzle-orm';
import { db } from '../../db';
import { parseQuery, pluralVariant } from './parse-query';
import { rowsOf } from './rows';
import type { RequiredLexemes } from './year-stages';

/**
 * The lexemes a document must hold to match the query's words (its plain, not excluded words;
 * year-stages.ts looks them up by year), as the german configuration writes them. A word of
 * several lexemes requires each; a word with a plural variant (tsquery.ts) requires one of the
 * two when each is one lexeme, and is left out otherwise, as are stop words: leaving a word out
 * only widens the lookup, the query itself is tested on every row read. Empty when nothing is
 * required: the query is then looked up without stages.
 */
export async function requiredLexemes(query: string): Promise<RequiredLexemes> {
	const words = parseQuery(query).filter((term) => term.kind === 'word' && !term.negated);
	const forms = words.map((word) => [word.text, pluralVariant(word.text)] as const);
	const lexemes = await analysedWords(
		forms.flatMap(([word, variant]) => (variant ? [word, variant] : [word]))
	);
	const groups: string[][] = [];
	for (const [word, variant] of forms) {
		const own = lexemes.get(word) ?? [];
		if (!variant) for (const lexeme of own) groups.push([lexeme]);
		else {
			const other = lexemes.get(variant) ?? [];
			if (own.length === 1 && other.length === 1) groups.push([...new Set([...own, ...other])]);
		}
	}
	const seen = new Set<string>();
	return groups.filter((group) => {
		const key = group.join(' ');
		return !seen.has(key) && seen.add(key);
	});
}

/**
 * Words as the german configuration reads them, remembered: the stemmer is PostgreSQL's (a
 * lexeme computed anywhere else could differ from the indexed one), and a word's lexemes depend
 * on its text alone. The page and the facets of one search, the next page and saved-search
 * alerts ask for the same words again. Bounded, oldest dropped first.
 */
const analysed = new Map<string, string[]>();
const REMEMBERED_WORDS = 2000;

async function analysedWords(words: string[]): Promise<Map<string, string[]>> {
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
