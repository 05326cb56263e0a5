import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * The one way to turn Markdown written by people (site pages, motions, posts, news) into HTML.
 * Markdown may contain raw HTML, so the output is always sanitised: only structural tags, links
 * to http(s)/mailto/tel, no scripts, styles, event handlers, images from elsewhere or iframes.
 */
// A line break in the text is a line break on the page (addresses, signatures): people writing
// here are not Markdown experts and would not expect lines to run together.
const marked = new Marked({ gfm: true, breaks: true });

export interface RenderMarkdownOptions {
	/**
	 * The page already has its own h1; Markdown headings start one level below it by default
	 * so the page keeps a single h1 and a sound outline.
	 */
	headingOffset?: 0 | 1;
}

const SANITIZE: sanitizeHtml.IOptions = {
	allowedTags: [
		'h1',
		'h2',
		'h3',
		'h4',
		'h5',
		'h6',
		'p',
		'br',
		'hr',
		'strong',
		'em',
		'del',
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
		'td'
	],
	allowedAttributes: {
		a: ['href', 'title', 'rel'],
		ol: ['start'],
		th: ['align'],
		td: ['align']
	},
	allowedSchemes: ['http', 'https', 'mailto', 'tel'],
	allowProtocolRelative: false,
	disallowedTagsMode: 'discard'
};

function shiftHeadings(offset: number): sanitizeHtml.IOptions['transformTags'] {
	const transform: NonNullable<sanitizeHtml.IOptions['transformTags']> = {};
	if (offset > 0) {
		for (let level = 1; level <= 6; level++) {
			transform[`h${level}`] = `h${Math.min(level + offset, 6)}`;
		}
	}
	// Links in user content must not pass our page's authority on or give the target a handle.
	transform.a = (tagName, attribs) => {
		const external = /^https?:/i.test(attribs.href ?? '');
		return {
			tagName,
			attribs: external ? { ...attribs, rel: 'noopener noreferrer nofollow' } : attribs
		};
	};
	return transform;
}

export function renderMarkdown(markdown: string, options: RenderMarkdownOptions = {}): string {
	const html = marked.parse(markdown, { async: false });
	return sanitizeHtml(html, {
		...SANITIZE,
		transformTags: shiftHeadings(options.headingOffset ?? 1)
	});
}
