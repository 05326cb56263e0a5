import type { HighlightRange } from '$lib/shared/search';

/** Markers around matched words (ts_headline's, body-snippet.ts's): control characters no document contains. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_STOP = '\u0003';

/** A title is short: marked whole, never cut into fragments. */
export const TITLE_HEADLINE_OPTIONS = `HighlightAll=true, StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}`;

const SNIPPET_LENGTH = 240;

/**
 * Markdown as written, reduced to the words a reader sees: no heading hashes, emphasis stars,
 * list bullets, quote marks or link targets. Applied per piece, so highlights stay on the words.
 */
function plainText(markdown: string, atLineStart = true): string {
	return markdown
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(
			atLineStart
				? /(^|\n)\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/g
				: /(\n)\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/g,
			'$1'
		)
		.replace(/[*_`~]{1,3}/g, '')
		.replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
		.replace(/\s+/g, ' ');
}

/**
 * A ts_headline result (matched words between the markers) as plain text with the offsets of
 * the matched words, which the page marks with <mark> and API clients may use as they like.
 */
export function parseHeadline(headline: string): { snippet: string; highlights: HighlightRange[] } {
	let snippet = '';
	const highlights: HighlightRange[] = [];
	const pieces = headline.split(HIGHLIGHT_START);
	pieces.forEach((piece, index) => {
		const [marked, after] =
			index === 0
				? ['', piece]
				: [piece.split(HIGHLIGHT_STOP)[0]!, piece.split(HIGHLIGHT_STOP).slice(1).join('')];
		if (marked) {
			const word = plainText(marked, false).trim();
			if (word) {
				highlights.push([snippet.length, snippet.length + word.length]);
				snippet += word;
			}
		}
		snippet += plainText(after, index === 0);
	});
	const leading = snippet.length - snippet.trimStart().length;
	snippet = snippet.trim();
	return {
		snippet,
		highlights: highlights
			.map(([start, end]): HighlightRange => [start - leading, end - leading])
			.filter(([start, end]) => start >= 0 && end <= snippet.length)
	};
}

/** The opening of a document for a list without a text query. */
export function openingSnippet(body: string): string {
	const text = plainText(body).trim();
	if (text.length <= SNIPPET_LENGTH) return text;
	const cut = text.lastIndexOf(' ', SNIPPET_LENGTH);
	return `${text.slice(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH)} …`;
}
