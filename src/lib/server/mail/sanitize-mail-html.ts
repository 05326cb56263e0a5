import sanitizeHtml from 'sanitize-html';

/**
 * A mail's HTML as the board may see it inside our pages: text structure and links only. No
 * scripts, styles, forms or images (an image would load from elsewhere and could track the
 * reader), headings moved below the page's own, links opening without referrer.
 */
const OPTIONS: sanitizeHtml.IOptions = {
	allowedTags: [
		'h3',
		'h4',
		'h5',
		'h6',
		'p',
		'br',
		'hr',
		'strong',
		'b',
		'em',
		'i',
		'u',
		's',
		'code',
		'pre',
		'blockquote',
		'ul',
		'ol',
		'li',
		'a',
		'table',
		'thead',
		'tbody',
		'tr',
		'th',
		'td',
		'div',
		'span'
	],
	allowedAttributes: { a: ['href', 'rel'], ol: ['start'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	allowProtocolRelative: false,
	disallowedTagsMode: 'discard',
	nonTextTags: ['style', 'script', 'textarea', 'option', 'noscript', 'title', 'head'],
	transformTags: {
		h1: 'h3',
		h2: 'h4',
		h3: 'h5',
		h4: 'h6',
		h5: 'h6',
		a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' })
	}
};

export function sanitizeMailHtml(html: string): string {
	return sanitizeHtml(html, OPTIONS);
}
