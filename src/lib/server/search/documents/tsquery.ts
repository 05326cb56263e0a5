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
