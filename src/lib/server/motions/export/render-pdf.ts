import PDFDocument from 'pdfkit';
import type { ExportMotion, ExportOptions } from './export-model';
import { markdownBlocks, type Block } from './markdown-blocks';
import { PdfFlow, type FlowFrame } from './pdf-flow';
import { FONTS, printable, registerPdfFonts } from './pdf-fonts';

const BODY = 10.5;
const HEADING_SIZES: Record<number, number> = { 1: 14, 2: 13, 3: 12 };
const LIST_INDENT = 18;
const MARGIN = { top: 62, bottom: 72, left: 72, right: 62 };

/**
 * A motion as a PDF for councils' offices: a title block (type, status, council, faction, date,
 * authors, topics), the text, the justification and an inquiry's answer, page numbers in the
 * footer, and with `lineNumbers` every line of the three texts numbered in the margin.
 */
export async function renderMotionPdf(
	motion: ExportMotion,
	options: ExportOptions
): Promise<Buffer> {
	const doc = new PDFDocument({
		size: 'A4',
		margins: MARGIN,
		bufferPages: true,
		lang: 'de-DE',
		displayTitle: true,
		info: {
			Title: printable(`${motion.typeLabel}: ${motion.title}`),
			Author: printable(motion.authors.join(', ') || motion.factionName || motion.sourceLabel),
			Subject: printable(motion.typeLabel),
			Creator: printable(motion.sourceLabel)
		}
	});
	registerPdfFonts(doc);
	doc.font(FONTS.regular);
	const done = collect(doc);
	const frame: FlowFrame = {
		left: MARGIN.left,
		right: doc.page.width - MARGIN.right,
		top: MARGIN.top,
		bottom: doc.page.height - MARGIN.bottom
	};
	const flow = new PdfFlow(doc, frame, options.lineNumbers);

	titleBlock(flow, motion);
	body(flow, motion.text);
	if (motion.justification.trim()) {
		sectionHeading(flow, 'Begründung');
		body(flow, motion.justification);
	}
	if (motion.answer?.trim()) {
		sectionHeading(
			flow,
			motion.answeredOn
				? `Antwort der Verwaltung vom ${motion.answeredOn}`
				: 'Antwort der Verwaltung'
		);
		body(flow, motion.answer);
	}
	footers(doc, motion, frame);
	doc.end();
	return done;
}

function titleBlock(flow: PdfFlow, motion: ExportMotion): void {
	flow.paragraph([{ text: `${motion.typeLabel.toUpperCase()} · ${motion.statusLabel}` }], {
		size: 9,
		color: '#555555',
		bold: true,
		spaceAfter: 4
	});
	flow.paragraph([{ text: motion.title }], { size: 18, leading: 1.25, bold: true, spaceAfter: 10 });
	const facts: [string, string | null][] = [
		['Gremium', motion.councilName],
		['Fraktion', motion.factionName],
		['Eingereicht am', motion.filedOn],
		['Autor*innen', motion.authors.join(', ') || null],
		['Themen', motion.topics.join(', ') || null],
		['Ergebnis', motion.decision]
	];
	for (const [label, value] of facts) {
		if (!value) continue;
		flow.paragraph([{ text: `${label}: `, bold: true }, { text: value }], {
			size: 9.5,
			leading: 1.35,
			color: '#333333'
		});
	}
	flow.rule(10);
}

function sectionHeading(flow: PdfFlow, text: string): void {
	flow.paragraph([{ text }], {
		size: 13,
		bold: true,
		spaceBefore: 12,
		spaceAfter: 4,
		keepLines: 3
	});
}

function body(flow: PdfFlow, markdown: string): void {
	for (const block of markdownBlocks(markdown)) drawBlock(flow, block);
}

function drawBlock(flow: PdfFlow, block: Block): void {
	switch (block.kind) {
		case 'heading':
			flow.paragraph(block.runs, {
				size: HEADING_SIZES[block.level] ?? 11,
				bold: true,
				spaceBefore: 8,
				spaceAfter: 2,
				numbered: true,
				keepLines: 3
			});
			break;
		case 'paragraph':
			flow.paragraph(block.runs, {
				size: BODY,
				numbered: true,
				spaceBefore: block.quote ? 2 : 0,
				spaceAfter: 6,
				indent: block.quote ? LIST_INDENT : 0,
				color: block.quote ? '#444444' : undefined,
				bar: block.quote ? '#bbbbbb' : undefined
			});
			break;
		case 'list-item':
			flow.paragraph(block.runs, {
				size: BODY,
				numbered: true,
				spaceAfter: 2,
				indent: LIST_INDENT * (block.depth + 1),
				marker: block.ordered ? `${block.number}.` : block.depth % 2 === 0 ? '•' : '–'
			});
			break;
		case 'code':
			flow.paragraph([{ text: block.text, code: true }], {
				size: 9,
				numbered: true,
				spaceAfter: 6,
				indent: LIST_INDENT
			});
			break;
		case 'rule':
			flow.rule(6, '#cccccc');
			break;
	}
}

function footers(doc: PDFKit.PDFDocument, motion: ExportMotion, frame: FlowFrame): void {
	const range = doc.bufferedPageRange();
	const y = doc.page.height - MARGIN.bottom + 28;
	const label = printable(`${motion.sourceLabel} · ${motion.typeLabel}: ${motion.title}`);
	for (let index = range.start; index < range.start + range.count; index++) {
		doc.switchToPage(index);
		// Text below the bottom margin would make pdfkit start another page.
		const bottom = doc.page.margins.bottom;
		doc.page.margins.bottom = 0;
		doc.font(FONTS.regular).fontSize(8).fillColor('#777777');
		const pageLabel = `Seite ${index + 1} von ${range.count}`;
		const pageWidth = doc.widthOfString(pageLabel);
		doc.text(pageLabel, frame.right - pageWidth, y, { lineBreak: false });
		doc.text(label, frame.left, y, {
			width: frame.right - frame.left - pageWidth - 16,
			height: 10,
			ellipsis: true,
			lineBreak: false
		});
		doc.page.margins.bottom = bottom;
	}
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		doc.on('data', (chunk: Buffer) => chunks.push(chunk));
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
}
