import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { detectDocumentType } from './detect-type';
import { DOCX, ODT, PDF } from './media-types';
import { fixture } from './testing/fixtures';

describe('detectDocumentType', () => {
	it('knows PDF, DOCX and ODT by their content', async () => {
		expect(await detectDocumentType(fixture('antrag.pdf'))).toBe(PDF);
		expect(await detectDocumentType(fixture('antrag.docx'))).toBe(DOCX);
		expect(await detectDocumentType(fixture('anfrage.odt'))).toBe(ODT);
	});

	it('refuses a program or an image whatever its name says', async () => {
		// The name is never looked at: these bytes arrive as "antrag.pdf" in the upload test.
		expect(await detectDocumentType(fixture('programm.exe'))).toBeNull();
		expect(await detectDocumentType(fixture('bild.png'))).toBeNull();
		expect(await detectDocumentType(Buffer.from('Nur Text, kein Dokument'))).toBeNull();
	});

	it('looks inside zips: a plain archive or a spreadsheet is no document', async () => {
		expect(await detectDocumentType(fixture('archiv.zip'))).toBeNull();
		expect(await detectDocumentType(fixture('tabelle.xlsx'))).toBeNull();
		expect(await detectDocumentType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeNull();
	});

	it('refuses a DOCX whose content types name a main document that is missing', async () => {
		const zip = await JSZip.loadAsync(fixture('antrag.docx'));
		zip.remove('word/document.xml');
		expect(await detectDocumentType(await zip.generateAsync({ type: 'uint8array' }))).toBeNull();
	});

	it('refuses an ODF package of another kind (a spreadsheet)', async () => {
		const zip = await JSZip.loadAsync(fixture('anfrage.odt'));
		zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
		expect(await detectDocumentType(await zip.generateAsync({ type: 'uint8array' }))).toBeNull();
	});
});
