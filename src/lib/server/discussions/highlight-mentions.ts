/** What the sanitiser escapes in text (quotes stay as they are outside attributes). */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Tags whose text is left alone: a link's text is the link's, code is quoted literally. */
const SKIP_OPEN = /^<(a|code|pre)[\s>]/i;
const SKIP_CLOSE = /^<\/(a|code|pre)>/i;

/**
 * Marks `@Name` of the people a post mentions in its rendered (already sanitised) HTML, so
 * readers see who was addressed. Works on text between tags only: sanitised HTML has no bare
 * `<` in text, so splitting at tags is exact, and no attribute is ever touched.
 */
export function highlightMentions(html: string, names: readonly string[]): string {
	if (names.length === 0 || !html.includes('@')) return html;
	const alternatives = [...new Set(names)]
		.sort((a, b) => b.length - a.length)
		.map((name) =>
			escapeRegExp(name.trim().replace(/[&<>]/g, (c) => ESCAPES[c]!)).replace(/ +/g, '\\s+')
		);
	const pattern = new RegExp(
		`(^|[^\\p{L}\\p{N}_])@(${alternatives.join('|')})(?![\\p{L}\\p{N}_])`,
		'giu'
	);
	let skipping = 0;
	return html
		.split(/(<[^>]*>)/)
		.map((part) => {
			if (part.startsWith('<')) {
				if (SKIP_OPEN.test(part)) skipping++;
				else if (SKIP_CLOSE.test(part)) skipping = Math.max(0, skipping - 1);
				return part;
			}
			return skipping > 0 ? part : part.replace(pattern, '$1<strong class="mention">@$2</strong>');
		})
		.join('');
}
