import type { HighlightRange } from '$lib/shared/search';
import { foldForPrefix, parseQuery, pluralVariant } from './parse-query';
import { HIGHLIGHT_START, HIGHLIGHT_STOP, parseHeadline } from './snippet';
import { wordLexemes } from './word-lexemes';

// The snippet of a body with the query's words marked, made here rather than by ts_headline:
// ts_headline parses and stems the whole body of every row of the page, 11 ms of a 45 ms search
// at 1M documents (20 bodies of 2,400 characters), more than ranking or planning. Here only the
// words that can be a match are stemmed: a German snowball stem is the start of its word
// (lower case, umlauts without dots, ß as ss), so one pattern finds the words starting with a
// lexeme of the query, and just those are read by PostgreSQL's own stemmer (word-lexemes.ts,
// remembered): a word is marked exactly when the search matched it. About a millisecond for a
// page; splitting every body into words and folding each took 15.

/** What a snippet marks: words with these lexemes, and words starting with these prefixes. */
export interface SnippetTerms {
	lexemes: ReadonlySet<string>;
	/** Prefix queries (`schul*`), folded as the stemmer writes lexemes. */
	prefixes: readonly string[];
}

/** Characters per fragment (about the 28 words ts_headline was asked for) and fragments. */
const FRAGMENT_LENGTH = 200;
const FRAGMENTS = 2;
/** Characters before a fragment's first match, so it reads as part of a sentence. */
const LEAD_LENGTH = 40;
const FRAGMENT_DELIMITER = ' … ';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const MARKDOWN_LINK = /!?\[([^\]]*)\]\([^)]*\)/g;

/** The query's words (not the excluded ones) as the snippet marks them. */
export async function snippetTerms(query: string): Promise<SnippetTerms> {
	const terms = parseQuery(query).filter((term) => !term.negated);
	const words = terms.flatMap((term) => {
		if (term.kind === 'phrase') return term.text.split(' ');
		const variant = term.kind === 'word' ? pluralVariant(term.text) : null;
		return variant ? [term.text, variant] : [term.text];
	});
	const lexemes = await wordLexemes(words);
	return {
		lexemes: new Set([...lexemes.values()].flat()),
		prefixes: terms.filter((term) => term.kind === 'prefix').map((term) => foldForPrefix(term.text))
	};
}

/**
 * Patterns by the starts they find, remembered: V8 runs a new regular expression in its
 * interpreter first and compiles it only after some use (one page's snippets took 1.7 ms with a
 * new pattern each time, 1.2 with the remembered one). Bounded, oldest dropped first.
 */
const patterns = new Map<string, RegExp>();
const REMEMBERED_PATTERNS = 500;

/**
 * A pattern for the words starting with one of `starts` (lexemes or folded prefixes) as they
 * are written: any case, umlauts for a, o and u, ß for ss.
 */
function wordsStartingWith(starts: readonly string[]): RegExp {
	const key = starts.join('\u0000');
	const known = patterns.get(key);
	if (known) return known;
	const written = (start: string) =>
		start
			.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
			.replace(/ss/g, '(?:ss|ß)')
			.replace(/[aou]/g, (vowel) => `[${vowel}${{ a: 'ä', o: 'ö', u: 'ü' }[vowel]}]`);
	// Longest first, so a longer start is not cut short by a shorter one.
	const alternatives = [...starts].sort((a, b) => b.length - a.length).map(written);
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})[\\p{L}\\p{N}]*`,
		'giu'
	);
	patterns.set(key, pattern);
	if (patterns.size > REMEMBERED_PATTERNS) patterns.delete(patterns.keys().next().value!);
	return pattern;
}

interface Match {
	start: number;
	end: number;
	/** The lexeme or prefix it matched, for counting different query words. */
	key: string;
}

/**
 * The snippets of `bodies` for `terms` (null for a body without a marked word): up to two
 * fragments of about 200 characters around the matches, as plain text with the offsets of the
 * marked words (parseHeadline).
 */
export async function bodySnippets(
	bodies: readonly string[],
	terms: SnippetTerms
): Promise<({ snippet: string; highlights: HighlightRange[] } | null)[]> {
	const starts = [...terms.lexemes, ...terms.prefixes].filter((start) => start !== '');
	if (starts.length === 0) return bodies.map(() => null);
	const pattern = wordsStartingWith(starts);
	// Links as their text: a fragment must not end inside a link's target.
	const texts = bodies.map((body) => body.replace(MARKDOWN_LINK, '$1'));
	const found = texts.map((text) =>
		[...text.matchAll(pattern)].map((word) => ({
			start: word.index,
			end: word.index + word[0].length,
			word: word[0].toLowerCase()
		}))
	);
	const prefixOf = (word: string) => {
		if (terms.prefixes.length === 0) return undefined;
		const folded = foldForPrefix(word);
		return terms.prefixes.find((prefix) => folded.startsWith(prefix));
	};
	const read = await wordLexemes([
		...new Set(found.flat().flatMap(({ word }) => (prefixOf(word) ? [] : [word])))
	]);
	return found.map((words, index) => {
		const matches = words.flatMap(({ start, end, word }): Match[] => {
			const key = prefixOf(word) ?? read.get(word)?.find((lexeme) => terms.lexemes.has(lexeme));
			return key ? [{ start, end, key }] : [];
		});
		const headline = markedFragments(texts[index]!, matches);
		return headline ? parseHeadline(headline) : null;
	});
}

/**
 * The fragments of `text` around `matches` (in text order), joined, with the matched words
 * between the highlight markers (as ts_headline writes them); null without matches. Fragments
 * are chosen by how many different query words they hold, then how many matches, then
 * position; they begin and end at word boundaries.
 */
function markedFragments(text: string, matches: readonly Match[]): string | null {
	const windows = matches.map((anchor) => {
		const from = wordStart(text, Math.max(0, anchor.start - LEAD_LENGTH));
		const to = wordEnd(text, Math.max(anchor.end, from + FRAGMENT_LENGTH));
		const inside = matches.filter((match) => match.start >= from && match.end <= to);
		return { from, to, inside, words: new Set(inside.map((match) => match.key)).size };
	});
	if (windows.length === 0) return null;
	const ranked = [...windows].sort(
		(a, b) => b.words - a.words || b.inside.length - a.inside.length || a.from - b.from
	);
	const chosen: typeof windows = [];
	for (const window of ranked) {
		if (chosen.length === FRAGMENTS) break;
		if (chosen.every((other) => window.to <= other.from || window.from >= other.to))
			chosen.push(window);
	}
	return chosen
		.sort((a, b) => a.from - b.from)
		.map(({ from, to, inside }) => {
			let fragment = '';
			let at = from;
			for (const match of inside) {
				fragment += `${text.slice(at, match.start)}${HIGHLIGHT_START}${text.slice(match.start, match.end)}${HIGHLIGHT_STOP}`;
				at = match.end;
			}
			return fragment + text.slice(at, to);
		})
		.join(FRAGMENT_DELIMITER);
}

/** `at`, or the start of the word `at` falls into. */
function wordStart(text: string, at: number): number {
	let start = at;
	while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
	return start;
}

/** `at`, or the end of the word `at` falls into; never past the text. */
function wordEnd(text: string, at: number): number {
	let end = Math.min(at, text.length);
	while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
	return end;
}
