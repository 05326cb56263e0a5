/**
 * File contents the OParl test server hands out for council files: a small but real PDF whose
 * text pdf.js extracts (so the files lane's extraction and the search see real words), and a real
 * JPEG for the `image/jpeg` files real servers also publish.
 */

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const LINE_HEIGHT = 14;
const MAX_LINE_CHARS = 90;
const MAX_LINES = (PAGE_HEIGHT - 100) / LINE_HEIGHT;

/** Splits text into lines that fit the page, at spaces where possible. */
function wrap(text: string): string[] {
	const lines: string[] = [];
	for (const paragraph of text.split(/\r?\n/)) {
		let line = '';
		for (const word of paragraph.split(/\s+/).filter(Boolean)) {
			if (line && line.length + 1 + word.length > MAX_LINE_CHARS) {
				lines.push(line);
				line = '';
			}
			line = line ? `${line} ${word}` : word.slice(0, MAX_LINE_CHARS);
		}
		lines.push(line);
	}
	return lines.slice(0, MAX_LINES);
}

/**
 * WinAnsiEncoding is Latin-1 for every letter German needs (ä ö ü ß §), so the standard Helvetica
 * font shows them without embedding a font; anything beyond Latin-1 becomes "?".
 */
function pdfString(line: string): string {
	const latin1 = Array.from(line, (char) => (char.charCodeAt(0) <= 0xff ? char : '?')).join('');
	return `(${latin1.replace(/([\\()])/g, '\\$1')})`;
}

/** A one-page PDF 1.4 with the text in Helvetica; deterministic bytes for the same text. */
export function textPdf(text: string): Buffer {
	const lines = wrap(text);
	const content = [
		'BT',
		'/F1 11 Tf',
		`${LINE_HEIGHT} TL`,
		`50 ${PAGE_HEIGHT - 60} Td`,
		...lines.map((line, index) => (index === 0 ? `${pdfString(line)} Tj` : `${pdfString(line)} '`)),
		'ET'
	].join('\n');
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
		`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
	];
	let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
	const offsets: number[] = [];
	objects.forEach((object, index) => {
		offsets.push(Buffer.byteLength(out, 'latin1'));
		out += `${index + 1} 0 obj\n${object}\nendobj\n`;
	});
	const xref = Buffer.byteLength(out, 'latin1');
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
	out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(out, 'latin1');
}

/** A 16×16 JPEG (a scanned plan stands in for the real thing: no text in it). */
export const TEST_JPEG: Buffer = Buffer.from(
	'/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDABQODxIPDRQSEBIXFRQYHjIhHhwcHj0sLiQySUBMS0dARkVQWnNiUFVtVkVGZIhlbXd7gYKBTmCNl4x9lnN+gXz/2wBDARUXFx4aHjshITt8U0ZTfHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHz/wAARCAAQABADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAAAwT/xAAZEQABBQAAAAAAAAAAAAAAAAARAAMEEyH/2gAMAwEAAhEDEQA/AKNHgaNGoOkqZ12wYv/Z',
	'base64'
);
