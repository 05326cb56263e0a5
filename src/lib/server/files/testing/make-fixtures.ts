// Writes the small documents the file tests read: `npx tsx src/lib/server/files/testing/make-fixtures.ts`.
// Made with the same libraries a user's office software would not use, on purpose: the tests must
// not depend on how the fixtures were made, only on the formats.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
fs.mkdirSync(folder, { recursive: true });

function pdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		// Fixed dates: the same bytes on every run, so the fixtures' hashes stay stable.
		const doc = new PDFDocument({
			size: 'A4',
			info: {
				CreationDate: new Date('2026-01-01T00:00:00Z'),
				ModDate: new Date('2026-01-01T00:00:00Z')
			}
		});
		const chunks: Buffer[] = [];
		doc.on('data', (chunk: Buffer) => chunks.push(chunk));
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
		draw(doc);
		doc.end();
	});
}

const withText = await pdf((doc) => {
	doc.fontSize(16).text('Antrag: Streuobstwiesenpflege im Landkreis');
	doc
		.moveDown()
		.fontSize(11)
		.text('Der Kreistag möge beschließen, die Pflege der Streuobstwiesen zu fördern.');
	doc.addPage().text('Zweite Seite: Begründung mit Schulsozialarbeit.');
});
fs.writeFileSync(path.join(folder, 'antrag.pdf'), withText);

// A scan: only a drawing, no text at all.
const scan = await pdf((doc) => {
	doc.rect(50, 50, 200, 100).fill('#777777');
});
fs.writeFileSync(path.join(folder, 'scan.pdf'), scan);

const word = new Document({
	creator: 'Kommunalnetz-Test',
	sections: [
		{
			children: [
				new Paragraph({ text: 'Radwegenetz ausbauen', heading: HeadingLevel.HEADING_1 }),
				new Paragraph({
					children: [
						new TextRun('Die Gemeindevertretung beschließt den Lückenschluss der Radwege.')
					]
				}),
				new Paragraph({ text: 'Erster Punkt: Kitas anbinden', bullet: { level: 0 } })
			]
		}
	]
});
fs.writeFileSync(path.join(folder, 'antrag.docx'), await Packer.toBuffer(word));

const odt = new JSZip();
// ODF: `mimetype` first and stored uncompressed, as the specification requires.
odt.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
odt.file(
	'META-INF/manifest.xml',
	'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">' +
		'<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
		'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
);
odt.file(
	'content.xml',
	'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
		'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text>' +
		'<text:h text:outline-level="1">Anfrage zur Wasserversorgung</text:h>' +
		'<text:p>Wie viele Brunnen&#160;gibt es?<text:s text:c="2"/>Und was kostet &amp; wer zahlt?</text:p>' +
		'</office:text></office:body></office:document-content>'
);
fs.writeFileSync(
	path.join(folder, 'anfrage.odt'),
	await odt.generateAsync({
		type: 'nodebuffer',
		compression: 'DEFLATE',
		mimeType: 'application/vnd.oasis.opendocument.text'
	})
);

// Zips that are not documents: a plain archive and a spreadsheet-like OOXML package.
const plain = new JSZip();
plain.file('liesmich.txt', 'Nur ein Archiv.');
fs.writeFileSync(
	path.join(folder, 'archiv.zip'),
	await plain.generateAsync({ type: 'nodebuffer' })
);
const sheet = new JSZip();
sheet.file(
	'[Content_Types].xml',
	'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
		'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'
);
sheet.file('xl/workbook.xml', '<workbook/>');
fs.writeFileSync(
	path.join(folder, 'tabelle.xlsx'),
	await sheet.generateAsync({ type: 'nodebuffer' })
);

// A Windows program and a PNG image, each to be renamed .pdf by the tests.
const exe = Buffer.alloc(256);
exe.write('MZ', 0, 'latin1');
exe.write('This program cannot be run in DOS mode.', 78, 'latin1');
fs.writeFileSync(path.join(folder, 'programm.exe'), exe);
fs.writeFileSync(
	path.join(folder, 'bild.png'),
	Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
		'base64'
	)
);
console.log(`Testdateien in ${folder} geschrieben.`);
