/**
 * What a searcher types, split into the parts the full-text query is built from: plain words
 * (all must match, stemmed), "phrases in quotes", prefixes `schul*`, and `-excluded` words.
 * Never throws: stray quotes, operators and punctuation are treated as ordinary text, so every
 * input gives a query.
 */
export type QueryTerm =
	| { kind: 'word'; text: string; negated: boolean }
	| { kind: 'phrase'; text: string; negated: boolean }
	| { kind: 'prefix'; text: string; negated: boolean };

/** Shorter prefixes would match a large part of any index and say little. */
export const MIN_PREFIX_LENGTH = 2;

const WORD_CHARS = /[\p{L}\p{N}]+/gu;

export function parseQuery(input: string): QueryTerm[] {
	const terms: QueryTerm[] = [];
	// Phrases first: "…" (also „…“ and “…” as German keyboards and word processors type them).
	const phrase = /(-?)["„“”]([^"„“”]*)["“”]?/gu;
	let rest = '';
	let last = 0;
	for (const match of input.matchAll(phrase)) {
		rest += ` ${input.slice(last, match.index)} `;
		last = match.index + match[0].length;
		const words = match[2]!.match(WORD_CHARS) ?? [];
		if (words.length === 0) continue;
		const negated = match[1] === '-';
		if (words.length === 1) terms.push({ kind: 'word', text: words[0]!, negated });
		else terms.push({ kind: 'phrase', text: words.join(' '), negated });
	}
	rest += input.slice(last);

	for (const token of rest.split(/\s+/)) {
		const negated = token.startsWith('-');
		const isPrefix = /[\p{L}\p{N}]\*+$/u.test(token);
		const words = token.match(WORD_CHARS) ?? [];
		if (words.length === 0) continue;
		// "E-Mail", "Kita-Gebühren": the parser of PostgreSQL keeps these as one compound; a phrase
		// of the parts finds them the same way.
		if (words.length > 1 && !isPrefix) {
			terms.push({ kind: 'phrase', text: words.join(' '), negated });
			continue;
		}
		const text = words.join('');
		if (isPrefix && foldForPrefix(text).length >= MIN_PREFIX_LENGTH) {
			terms.push({ kind: 'prefix', text, negated });
		} else {
			terms.push({ kind: 'word', text, negated });
		}
	}
	return terms;
}

/**
 * A prefix as the german snowball stemmer writes its lexemes: lower case, umlauts without dots,
 * ß as ss. So `Schül*` matches `schul` (Schüler, Schule) and `Straß*` matches `strass`.
 */
export function foldForPrefix(word: string): string {
	return word
		.toLowerCase()
		.replaceAll('ä', 'a')
		.replaceAll('ö', 'o')
		.replaceAll('ü', 'u')
		.replaceAll('ß', 'ss')
		.replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The other number of a word the stemmer does not relate: the snowball stemmer leaves the
 * plural -s of short and borrowed words alone (Kitas, Autos, Omas, Handys), so "Kitas" and
 * "Kita" would not find each other. Both forms are searched. Words whose stem the stemmer
 * already finds (-e, -en, -er …) get none.
 */
export function pluralVariant(word: string): string | null {
	const lower = word.toLowerCase();
	if (lower.length < 3) return null;
	if (/[aoiy]s$/.test(lower) && !/eis$/.test(lower)) return lower.slice(0, -1);
	if (/[aoiy]$/.test(lower)) return `${lower}s`;
	return null;
}

export function isEmptyQuery(terms: readonly QueryTerm[]): boolean {
	return !terms.some((term) => !term.negated);
}
