import { describe, expect, it } from 'vitest';
import { extractDocumentText, MAX_TEXT_CHARS } from './extract-text';
import { DOCX, ODT, PDF } from './media-types';
import { fixture } from './testing/fixtures';

describe('extractDocumentText', () => {
	it('reads the text of every page of a PDF', async () => {
		const text = await extractDocumentText(fixture('antrag.pdf'), PDF);
		expect(text).toContain('Streuobstwiesenpflege im Landkreis');
		expect(text).toContain('Pflege der Streuobstwiesen');
		expect(text).toContain('Schulsozialarbeit');
	});

	it('finds no text in a scan', async () => {
		expect(await extractDocumentText(fixture('scan.pdf'), PDF)).toBe('');
	});

	it('reads headings, paragraphs and list items of a DOCX', async () => {
		const text = await extractDocumentText(fixture('antrag.docx'), DOCX);
		expect(text).toContain('Radwegenetz ausbauen');
		expect(text).toContain('Lückenschluss der Radwege');
		expect(text).toContain('Kitas anbinden');
	});

	it('reads an ODT with entities, spacing elements and umlauts', async () => {
		const text = await extractDocumentText(fixture('anfrage.odt'), ODT);
		expect(text).toBe(
			'Anfrage zur Wasserversorgung\nWie viele Brunnen gibt es? Und was kostet & wer zahlt?'
		);
	});

	it('fails on a damaged file instead of returning nonsense', async () => {
		const broken = fixture('antrag.pdf').subarray(0, 200);
		await expect(extractDocumentText(broken, PDF)).rejects.toThrow();
	});

	it('caps very long text below the search index limit', async () => {
		const { default: JSZip } = await import('jszip');
		const zip = await JSZip.loadAsync(fixture('anfrage.odt'));
		const paragraph = `<text:p>${'Haushaltssatzung '.repeat(5000)}</text:p>`;
		const xml = (await zip.file('content.xml')!.async('string')).replace(
			'</office:text>',
			`${paragraph.repeat(10)}</office:text>`
		);
		zip.file('content.xml', xml);
		const text = await extractDocumentText(await zip.generateAsync({ type: 'uint8array' }), ODT);
		expect(text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
		expect(text.length).toBeGreaterThan(MAX_TEXT_CHARS - 1000);
		expect(text.endsWith('Haushaltssatzung')).toBe(true);
	});
});
