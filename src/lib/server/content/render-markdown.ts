import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { MEDIA_PATH } from './images/markdown-images';

/**
 * The one way to turn Markdown written by people (site pages, motions, posts, news) into HTML.
 * Markdown may contain raw HTML, so the output is always sanitised: only structural tags, links
 * to http(s)/mailto/tel, no scripts, styles, event handlers or iframes. Images only from our own
 * public uploads (`/medien/<sha256>`): a foreign image would tell another server who reads the page.
 */
// A line break in the text is a line break on the page (addresses, signatures): people writing
// here are not Markdown experts and would not expect lines to run together.
const marked = new Marked({ gfm: true, breaks: true });

export interface RenderMarkdownOptions {
	/**
	 * Level the text's highest heading becomes. The page has its own h1, so by default the text's
	 * headings start at h2 whether the author wrote `#` or `##`, and the outline has no gaps.
	 */
	topHeadingLevel?: number;
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
		'td',
		'img'
	],
	allowedAttributes: {
		a: ['href', 'title', 'rel'],
		ol: ['start'],
		th: ['align'],
		td: ['align'],
		img: ['src', 'alt', 'title', 'loading']
	},
	allowedSchemes: ['http', 'https', 'mailto', 'tel'],
	allowProtocolRelative: false,
	disallowedTagsMode: 'discard',
	exclusiveFilter: (frame) => frame.tag === 'img' && !MEDIA_PATH.test(frame.attribs.src ?? '')
};

function transforms(offset: number): sanitizeHtml.IOptions['transformTags'] {
	const transform: NonNullable<sanitizeHtml.IOptions['transformTags']> = {};
	if (offset !== 0) {
		for (let level = 1; level <= 6; level++) {
			transform[`h${level}`] = `h${Math.min(Math.max(level + offset, 1), 6)}`;
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
	transform.img = (tagName, attribs) => ({
		tagName,
		attribs: { ...attribs, alt: attribs.alt ?? '', loading: 'lazy' }
	});
	return transform;
}

export function renderMarkdown(markdown: string, options: RenderMarkdownOptions = {}): string {
	const html = marked.parse(markdown, { async: false });
	const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
	const offset = levels.length > 0 ? (options.topHeadingLevel ?? 2) - Math.min(...levels) : 0;
	return sanitizeHtml(html, { ...SANITIZE, transformTags: transforms(offset) });
}
