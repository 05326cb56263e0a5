import type { Run } from './markdown-blocks';
import { FONTS, printable } from './pdf-fonts';

/**
 * A small text layout on top of pdfkit: it wraps runs into lines itself (instead of pdfkit's
 * `text()` flow) so it knows where every line sits, and can number lines in the margin and break
 * pages between lines. Typefaces and what they can print: pdf-fonts.ts.
 */

export interface FlowFrame {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export interface ParagraphStyle {
	size: number;
	/** Line height as a multiple of the font size. */
	leading?: number;
	/** Indent of every line, from the frame's left edge. */
	indent?: number;
	/** Printed in the indent before the first line (a bullet or "3."), right-aligned to the text. */
	marker?: string;
	spaceBefore?: number;
	spaceAfter?: number;
	/** Counted and numbered when line numbers are on. */
	numbered?: boolean;
	color?: string;
	bold?: boolean;
	/** Start on a new page unless this many following lines still fit (headings). */
	keepLines?: number;
	/** A vertical bar in this colour left of the lines (quotes). */
	bar?: string;
}

interface Piece {
	text: string;
	font: string;
	width: number;
	space: boolean;
}

const LINE_NUMBER_SIZE = 7.5;
const LINE_NUMBER_GAP = 12;

export class PdfFlow {
	y: number;
	private lineNumber = 0;

	constructor(
		private readonly doc: PDFKit.PDFDocument,
		private readonly frame: FlowFrame,
		private readonly lineNumbers: boolean
	) {
		this.y = frame.top;
	}

	get width(): number {
		return this.frame.right - this.frame.left;
	}

	paragraph(runs: Run[], style: ParagraphStyle): void {
		const leading = style.size * (style.leading ?? 1.4);
		const indent = style.indent ?? 0;
		const lines = this.wrap(runs, style, this.width - indent);
		if (lines.length === 0) return;
		this.y += style.spaceBefore ?? 0;
		if (this.y + leading * Math.min(lines.length, style.keepLines ?? 1) > this.frame.bottom)
			this.newPage();
		lines.forEach((line, index) => {
			if (this.y + leading > this.frame.bottom) this.newPage();
			const x = this.frame.left + indent;
			if (index === 0 && style.marker) {
				const markerWidth = this.measure(style.marker, FONTS.regular, style.size);
				this.draw(style.marker, x - markerWidth - 5, FONTS.regular, style.size, style.color);
			}
			if (style.numbered && this.lineNumbers) this.drawLineNumber(style.size);
			if (style.bar) this.doc.rect(x - 10, this.y - style.size * 0.15, 2, leading).fill(style.bar);
			let cursor = x;
			for (const piece of line) {
				if (!piece.space) this.draw(piece.text, cursor, piece.font, style.size, style.color);
				cursor += piece.width;
			}
			this.y += leading;
		});
		this.y += style.spaceAfter ?? 0;
	}

	rule(spaceAround = 8, color = '#999999'): void {
		this.y += spaceAround;
		if (this.y > this.frame.bottom) this.newPage();
		this.doc
			.moveTo(this.frame.left, this.y)
			.lineTo(this.frame.right, this.y)
			.lineWidth(0.5)
			.strokeColor(color)
			.stroke();
		this.y += spaceAround;
	}

	private newPage(): void {
		this.doc.addPage();
		this.y = this.frame.top;
	}

	private drawLineNumber(size: number): void {
		this.lineNumber++;
		const label = String(this.lineNumber);
		const width = this.measure(label, FONTS.regular, LINE_NUMBER_SIZE);
		// Same baseline as the text beside it.
		const baselineShift = (size - LINE_NUMBER_SIZE) * 0.78;
		this.doc
			.font(FONTS.regular)
			.fontSize(LINE_NUMBER_SIZE)
			.fillColor('#777777')
			.text(label, this.frame.left - LINE_NUMBER_GAP - width, this.y + baselineShift, {
				lineBreak: false
			});
	}

	private draw(text: string, x: number, font: string, size: number, color = '#111111'): void {
		this.doc.font(font).fontSize(size).fillColor(color).text(text, x, this.y, { lineBreak: false });
	}

	private measure(text: string, font: string, size: number): number {
		return this.doc.font(font).fontSize(size).widthOfString(text);
	}

	/** Greedy line breaking at spaces; words longer than a line are cut. */
	private wrap(runs: Run[], style: ParagraphStyle, width: number): Piece[][] {
		const lines: Piece[][] = [];
		let line: Piece[] = [];
		let lineWidth = 0;
		const finish = () => {
			while (line.length > 0 && line[line.length - 1]!.space) line.pop();
			lines.push(line);
			line = [];
			lineWidth = 0;
		};
		for (const run of runs) {
			const font = fontOf(run, style.bold ?? false);
			for (const part of printable(run.text).split(/(\n|[ \t]+)/)) {
				if (part === '') continue;
				if (part === '\n') {
					finish();
					continue;
				}
				const space = /^[ \t]+$/.test(part);
				if (space && line.length === 0) continue;
				const text = space ? ' ' : part;
				let pieceWidth = this.measure(text, font, style.size);
				if (!space && lineWidth + pieceWidth > width && line.length > 0) finish();
				let rest = text;
				while (!space && pieceWidth > width) {
					const fits = this.fittingPrefix(rest, font, style.size, width);
					line.push({ text: rest.slice(0, fits), font, width, space: false });
					finish();
					rest = rest.slice(fits);
					pieceWidth = this.measure(rest, font, style.size);
				}
				line.push({ text: rest, font, width: pieceWidth, space });
				lineWidth += pieceWidth;
			}
		}
		if (line.length > 0) finish();
		return lines.filter((candidate, index) => candidate.length > 0 || index < lines.length - 1);
	}

	private fittingPrefix(text: string, font: string, size: number, width: number): number {
		let count = 1;
		while (count < text.length && this.measure(text.slice(0, count + 1), font, size) <= width)
			count++;
		return count;
	}
}

function fontOf(run: Run, bold: boolean): string {
	if (run.code) return FONTS.code;
	const strong = bold || run.bold;
	if (strong && run.italic) return FONTS.boldItalic;
	if (strong) return FONTS.bold;
	if (run.italic) return FONTS.italic;
	return FONTS.regular;
}
