import { sql, type SQL } from 'drizzle-orm';
import {
	foldForPrefix,
	isEmptyQuery,
	parseQuery,
	pluralVariant,
	type QueryTerm
} from './parse-query';

/**
 * The full-text query for what the searcher typed, as one SQL `tsquery` expression, or null when
 * nothing is searched for. Words go through the german stemmer (Schulen → schul), phrases keep
 * their order, prefixes match the unstemmed, folded lexeme and the word's own stem (so `schul*`
 * and `Schulen*` both find Schule). Every piece of user text is a bound parameter.
 */
export function documentTsQuery(input: string): SQL | null {
	const terms = parseQuery(input);
	if (isEmptyQuery(terms)) return null;
	return sql.join(
		terms.map((term) => sql`(${term.negated ? sql`!!` : sql``}${termQuery(term)})`),
		sql` && `
	);
}

/**
 * The words of the query without their order, for queries with a phrase: a phrase needs word
 * positions, which the GIN index does not keep, so every document holding all its words would
 * have its tsvector read out of TOAST to check the order (seconds for two common words). This
 * query is answered by the index alone; the order is then checked within the newest of its
 * matches only (matches.ts). Null when the query has no phrase to check, or nothing is left to
 * look up by word. A phrase the searcher excludes (`-"a b"`) is left out here: leaving it out
 * only adds candidates; so are the `covered` phrases, whose words their word pairs hold.
 */
export function documentCandidateTsQuery(
	input: string,
	covered: readonly string[] = []
): SQL | null {
	if (!hasPhrase(input)) return null;
	const terms = parseQuery(input).filter(
		(term) => !(term.kind === 'phrase' && (term.negated || covered.includes(term.text)))
	);
	if (terms.length === 0) return null;
	return sql.join(
		terms.map((term) =>
			term.kind === 'phrase'
				? sql`(plainto_tsquery('german', ${term.text}))`
				: sql`(${term.negated ? sql`!!` : sql``}${termQuery(term)})`
		),
		sql` && `
	);
}

/** Whether the query asks for words in order (a phrase it does not exclude). */
export function hasPhrase(input: string): boolean {
	const terms = parseQuery(input);
	return !isEmptyQuery(terms) && terms.some((term) => term.kind === 'phrase' && !term.negated);
}

/**
 * The query looks words up by prefix: the index answers a prefix by collecting every lexeme it
 * starts, a pass too costly to repeat per stage (matches.ts).
 */
export function hasPrefix(input: string): boolean {
	return parseQuery(input).some((term) => term.kind === 'prefix' && !term.negated);
}

function termQuery(term: QueryTerm): SQL {
	switch (term.kind) {
		case 'phrase':
			return sql`phraseto_tsquery('german', ${term.text})`;
		case 'prefix': {
			const lexeme = `'${foldForPrefix(term.text)}':*`;
			return sql`(to_tsquery('simple', ${lexeme}) || plainto_tsquery('german', ${term.text}))`;
		}
		case 'word': {
			const variant = pluralVariant(term.text);
			const word = sql`plainto_tsquery('german', ${term.text})`;
			return variant ? sql`(${word} || plainto_tsquery('german', ${variant}))` : word;
		}
	}
}
