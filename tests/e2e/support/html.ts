/**
 * Reading server-rendered HTML without a browser, for specs that check what the server sends
 * (who sees which data) rather than how a page behaves.
 *
 * - `textOf(html)`: the text of a fragment (tags removed, entities decoded), as a search target.
 * - `articlesIn(html)`: the text of each `<article>` (the cards of lists), in order.
 */

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0'
};

export function textOf(html: string): string {
	return html
		.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
			if (name.startsWith('#x') || name.startsWith('#X'))
				return String.fromCodePoint(parseInt(name.slice(2), 16));
			if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
			return ENTITIES[name.toLowerCase()] ?? entity;
		})
		.replace(/\s+/g, ' ');
}

/** Cards are not nested in this app, so the first closing tag ends each article. */
export function articlesIn(html: string): string[] {
	return [...html.matchAll(/<article\b[\s\S]*?<\/article>/g)].map(([article]) => textOf(article));
}
