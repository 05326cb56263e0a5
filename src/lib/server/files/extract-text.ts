import JSZip from 'jszip';
import mammoth from 'mammoth';
import { extractText as extractPdfText, getDocumentProxy } from 'unpdf';
import { DOCX, ODT, PDF, type AcceptedMediaType } from './media-types';

/**
 * The search index keeps a tsvector of the text, and PostgreSQL refuses tsvectors over 1 MB;
 * 500,000 characters of German prose stay well below that and hold any council paper's gist.
 */
export const MAX_TEXT_CHARS = 500_000;

/** The plain text of a document, whitespace tidied and capped; empty when it holds none (a scan). */
export async function extractDocumentText(
	bytes: Uint8Array,
	mediaType: AcceptedMediaType
): Promise<string> {
	const raw =
		mediaType === PDF
			? await pdfText(bytes)
			: mediaType === DOCX
				? await docxText(bytes)
				: mediaType === ODT
					? await odtText(bytes)
					: '';
	return capText(tidy(raw));
}

async function pdfText(bytes: Uint8Array): Promise<string> {
	// pdf.js takes over (detaches) the buffer it is given; hand it a copy, not the caller's bytes.
	const document = await getDocumentProxy(new Uint8Array(bytes));
	try {
		const { text } = await extractPdfText(document, { mergePages: false });
		return text.join('\n\n');
	} finally {
		await document.destroy();
	}
}

async function docxText(bytes: Uint8Array): Promise<string> {
	const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
	return value;
}

const XML_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'"
};

/** ODF text lives in content.xml: paragraphs and headings become lines, spacing elements spaces. */
async function odtText(bytes: Uint8Array): Promise<string> {
	const zip = await JSZip.loadAsync(bytes);
	const content = zip.file('content.xml');
	if (!content) return '';
	const xml = await content.async('string');
	const body = xml.replace(/^[\s\S]*?<office:body\b/, '<office:body');
	return body
		.replace(/<text:(?:tab|line-break)\b[^>]*\/>/g, ' ')
		.replace(/<text:s\b(?:[^>]*text:c="(\d+)")?[^>]*\/>/g, (_, count: string | undefined) =>
			' '.repeat(Math.min(Number(count ?? 1), 100))
		)
		.replace(/<\/text:(?:p|h)>/g, '\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
			if (name.startsWith('#x') || name.startsWith('#X'))
				return String.fromCodePoint(parseInt(name.slice(2), 16));
			if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
			return XML_ENTITIES[name] ?? entity;
		});
}

function tidy(text: string): string {
	return (
		text
			// NUL cannot be stored in a PostgreSQL text column; other control characters mean nothing.
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ' ')
			.replace(/[ \t\u00a0]+/g, ' ')
			.replace(/ *\n */g, '\n')
			.replace(/\n{3,}/g, '\n\n')
			.trim()
	);
}

function capText(text: string): string {
	if (text.length <= MAX_TEXT_CHARS) return text;
	// Cut at a word boundary near the cap, and never inside a surrogate pair.
	const cut = text.lastIndexOf(' ', MAX_TEXT_CHARS);
	return text
		.slice(0, cut > MAX_TEXT_CHARS - 1000 ? cut : MAX_TEXT_CHARS)
		.replace(/[\ud800-\udbff]$/, '');
}
