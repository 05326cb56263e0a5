import { parseQuery, pluralVariant } from './parse-query';
import { wordLexemes } from './word-lexemes';
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
	const lexemes = await wordLexemes(
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
