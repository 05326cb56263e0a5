import { Lexer, type Token, type Tokens } from 'marked';

/** A piece of text with its emphasis; what both export formats can draw. */
export interface Run {
	text: string;
	bold?: boolean;
	italic?: boolean;
	/** Inline code and links' targets are shown in a monospace font. */
	code?: boolean;
}

export type Block =
	| { kind: 'heading'; level: number; runs: Run[] }
	| { kind: 'paragraph'; runs: Run[]; quote?: boolean }
	| {
			kind: 'list-item';
			ordered: boolean;
			number: number;
			depth: number;
			/** The first item of its list: a numbered list starts counting again here. */
			first: boolean;
			runs: Run[];
	  }
	| { kind: 'code'; text: string }
	| { kind: 'rule' };

/**
 * Markdown written by people, as a flat list of blocks for print: headings, paragraphs, list
 * items with their depth and number, quotes, code, rules. Raw HTML is dropped (never rendered in
 * a document), tables become one paragraph per row, images their alternative text.
 */
export function markdownBlocks(markdown: string): Block[] {
	const blocks: Block[] = [];
	walk(new Lexer({ gfm: true, breaks: true }).lex(markdown), blocks, { depth: 0, quote: false });
	return blocks;
}

interface Context {
	depth: number;
	quote: boolean;
}

function walk(tokens: Token[], blocks: Block[], context: Context): void {
	for (const token of tokens) {
		switch (token.type) {
			case 'heading':
				blocks.push({ kind: 'heading', level: token.depth, runs: inline(token.tokens ?? []) });
				break;
			case 'paragraph':
				pushParagraph(blocks, inline(token.tokens ?? []), context.quote);
				break;
			case 'text':
				// Text directly in a tight list item or a blockquote.
				pushParagraph(
					blocks,
					inline(token.tokens ?? [{ ...token, tokens: undefined }]),
					context.quote
				);
				break;
			case 'list':
				list(token as Tokens.List, blocks, context);
				break;
			case 'blockquote':
				walk(token.tokens ?? [], blocks, { ...context, quote: true });
				break;
			case 'code':
				blocks.push({ kind: 'code', text: token.text });
				break;
			case 'hr':
				blocks.push({ kind: 'rule' });
				break;
			case 'table':
				for (const row of [(token as Tokens.Table).header, ...(token as Tokens.Table).rows])
					pushParagraph(blocks, joinCells(row), context.quote);
				break;
			default:
				// space, html, def: nothing to print.
				break;
		}
	}
}

function pushParagraph(blocks: Block[], runs: Run[], quote: boolean): void {
	if (runs.some((run) => run.text.trim())) blocks.push({ kind: 'paragraph', runs, quote });
}

function list(token: Tokens.List, blocks: Block[], context: Context): void {
	const start = typeof token.start === 'number' ? token.start : 1;
	token.items.forEach((item, index) => {
		const [first, ...rest] = item.tokens;
		// The item's own line: its first text or paragraph; nested lists and further paragraphs follow.
		const ownRuns =
			first && (first.type === 'text' || first.type === 'paragraph')
				? inline(first.tokens ?? [{ ...first, tokens: undefined }])
				: [];
		blocks.push({
			kind: 'list-item',
			ordered: token.ordered,
			number: start + index,
			depth: context.depth,
			first: index === 0,
			runs: ownRuns
		});
		const remaining = ownRuns.length > 0 || !first ? rest : item.tokens;
		walk(remaining, blocks, { ...context, depth: context.depth + 1 });
	});
}

function joinCells(cells: Tokens.TableCell[]): Run[] {
	const runs: Run[] = [];
	cells.forEach((cell, index) => {
		if (index > 0) runs.push({ text: ' | ' });
		runs.push(...inline(cell.tokens));
	});
	return runs;
}

function inline(tokens: Token[], style: Omit<Run, 'text'> = {}): Run[] {
	const runs: Run[] = [];
	for (const token of tokens) {
		switch (token.type) {
			case 'strong':
				runs.push(...inline(token.tokens ?? [], { ...style, bold: true }));
				break;
			case 'em':
				runs.push(...inline(token.tokens ?? [], { ...style, italic: true }));
				break;
			case 'del':
				runs.push(...inline(token.tokens ?? [], style));
				break;
			case 'codespan':
				runs.push({ ...style, text: decodeEntities(token.text), code: true });
				break;
			case 'br':
				runs.push({ ...style, text: '\n' });
				break;
			case 'link': {
				runs.push(...inline(token.tokens ?? [], style));
				const label = (token.tokens ?? []).map((t) => ('text' in t ? t.text : '')).join('');
				if (token.href && token.href !== label && !token.href.startsWith('mailto:'))
					runs.push({ ...style, text: ` (${token.href})` });
				break;
			}
			case 'image':
				if (token.text) runs.push({ ...style, text: token.text });
				break;
			case 'html':
				break;
			case 'text':
			case 'escape':
				if ('tokens' in token && token.tokens?.length) runs.push(...inline(token.tokens, style));
				else runs.push({ ...style, text: decodeEntities(token.text) });
				break;
			default:
				if ('text' in token && typeof token.text === 'string')
					runs.push({ ...style, text: decodeEntities(token.text) });
		}
	}
	return runs;
}

/** marked escapes &, <, >, quotes in text tokens for HTML; print needs the characters back. */
function decodeEntities(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
}
