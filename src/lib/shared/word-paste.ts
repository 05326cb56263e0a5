import TurndownService from 'turndown';

/**
 * Text pasted from Word, LibreOffice or a browser arrives as HTML; the motion editor keeps
 * Markdown. LibreOffice and browsers send real lists and headings, which turndown converts as
 * they are. Word (desktop) sends lists as paragraphs with `mso-list` styles and the bullet or
 * number as text: those are rebuilt into nested `<ul>`/`<ol>` first, so lists survive the paste.
 */

const WORD_LIST_PARAGRAPH =
	/<p\b([^>]*(?:class=["']?MsoListParagraph|mso-list:\s*l\d+\s+level\d)[^>]*)>([\s\S]*?)<\/p>/gi;
/** The bullet or number Word writes before the item, wrapped in conditional comments. */
const WORD_LIST_MARKER =
	/<!(?:--)?\[if !supportLists\](?:--)?>([\s\S]*?)<!(?:--)?\[endif\](?:--)?>|<span[^>]*mso-list:\s*Ignore[^>]*>((?:<span[^>]*>[\s\S]*?<\/span>|[\s\S])*?)<\/span>/i;

interface WordListItem {
	level: number;
	ordered: boolean;
	html: string;
}

function plainText(html: string): string {
	return html
		.replace(/<[^>]*>/g, '')
		.replace(/&nbsp;|&#160;|\u00a0/g, ' ')
		.trim();
}

function listItem(attributes: string, inner: string): WordListItem {
	const level = Number(/level(\d+)/i.exec(attributes)?.[1] ?? '1');
	const marker = WORD_LIST_MARKER.exec(inner);
	const markerText = marker ? plainText(marker[1] ?? marker[2] ?? '') : '';
	return {
		level: Math.max(1, Math.min(level, 6)),
		// "1." "a)" "iv." are numbers; "·", "o", "§" (Symbol/Wingdings bullets) are not.
		ordered: /^[0-9a-z]{1,5}[.)]$/i.test(markerText),
		html: marker ? inner.replace(marker[0], '') : inner
	};
}

/** Consecutive list paragraphs become one nested list. */
function nestedList(items: WordListItem[]): string {
	let html = '';
	const open: ('ul' | 'ol')[] = [];
	for (const item of items) {
		const tag = item.ordered ? 'ol' : 'ul';
		while (open.length > item.level) html += `</li></${open.pop()}>`;
		if (open.length === item.level) html += '</li>';
		while (open.length < item.level) {
			open.push(tag);
			html += `<${tag}>`;
		}
		html += `<li>${item.html}`;
	}
	while (open.length > 0) html += `</li></${open.pop()}>`;
	return html;
}

/** Word's list paragraphs as real lists; everything else unchanged. */
export function normalizeWordHtml(html: string): string {
	const cleaned = html
		.replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, (block) =>
			/supportLists/i.test(block) ? block : ''
		)
		.replace(/<\/?o:p>/gi, '');
	let result = '';
	let run: WordListItem[] = [];
	let last = 0;
	let runEnd = 0;
	for (const match of cleaned.matchAll(WORD_LIST_PARAGRAPH)) {
		const between = cleaned.slice(last, match.index);
		if (run.length > 0 && between.trim() !== '') {
			result += nestedList(run);
			run = [];
		}
		if (run.length === 0) result += between;
		run.push(listItem(match[1]!, match[2]!));
		last = match.index! + match[0].length;
		runEnd = last;
	}
	if (run.length > 0) result += nestedList(run);
	return result + cleaned.slice(runEnd || last);
}

let service: TurndownService | undefined;

function turndown(): TurndownService {
	if (service) return service;
	service = new TurndownService({
		headingStyle: 'atx',
		bulletListMarker: '-',
		emDelimiter: '*',
		codeBlockStyle: 'fenced'
	});
	service.remove(['style', 'script', 'meta', 'title', 'head', 'xml' as 'style']);
	// Word's title style and Google Docs' wrapper: a heading, and bold that is not bold.
	service.addRule('wordTitle', {
		filter: (node) => node.nodeName === 'P' && /\bMsoTitle\b/.test(node.className),
		replacement: (content) => `\n\n# ${content.trim()}\n\n`
	});
	// LibreOffice wraps each list item in a paragraph; as Markdown that would be a loose list.
	service.addRule('listParagraph', {
		filter: (node) => node.nodeName === 'P' && node.parentNode?.nodeName === 'LI',
		replacement: (content, node) => (node.nextSibling ? `${content}\n` : content)
	});
	service.addRule('notBold', {
		filter: (node) =>
			node.nodeName === 'B' &&
			/font-weight:\s*(normal|400)/i.test(node.getAttribute('style') ?? ''),
		replacement: (content) => content
	});
	return service;
}

/** HTML from the clipboard as Markdown for the editor. */
export function pastedHtmlToMarkdown(html: string): string {
	return turndown()
		.turndown(normalizeWordHtml(html))
		.replace(/\u00a0/g, ' ')
		.replace(/^[ \t]+$/gm, '')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
