import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderMotionDocx } from './render-docx';
import { exportMotionFixture } from './testing-motion';

async function documentXml(docx: Buffer): Promise<string> {
	const zip = await JSZip.loadAsync(docx);
	return zip.file('word/document.xml')!.async('string');
}

describe('renderMotionDocx', () => {
	it('writes real headings and lists Word understands', async () => {
		const docx = await renderMotionDocx(exportMotionFixture(), { lineNumbers: false });
		const { value: html } = await mammoth.convertToHtml({ buffer: docx });
		// The text's own headings sit one level below the section headings (Begründung).
		expect(html).toContain('<h3>Beschlussvorschlag</h3>');
		expect(html).toContain('<h1>Begründung</h1>');
		expect(html).toMatch(/<ol><li>Der Landrat prüft die <strong>Kosten<\/strong>/);
		expect(html).toMatch(
			/Konzept<\/em> vor.<ul><li>mit Finanzierung<\/li><li>mit Zeitplan<\/li><\/ul><\/li><\/ol>/
		);
		expect(html).toContain('Kostenfreies Mittagessen in Kitas und Schulen – ein Modell für „alle“');
		expect(html).toContain('Jonas Fraktionsberg, Mira Mitgliedermann');
		const xml = await documentXml(docx);
		expect(xml).not.toContain('w:lnNumType');
	});

	it("switches on Word's line numbering, not for the title block", async () => {
		const docx = await renderMotionDocx(exportMotionFixture(), { lineNumbers: true });
		const xml = await documentXml(docx);
		expect(xml).toMatch(/<w:lnNumType[^>]*w:countBy="1"[^>]*w:restart="continuous"/);
		const title = xml.indexOf('Kostenfreies Mittagessen');
		const paragraphStart = xml.lastIndexOf('<w:p>', title);
		expect(xml.slice(paragraphStart, title)).toContain('<w:suppressLineNumbers/>');
	});

	it('numbers two separate numbered lists from 1 each', async () => {
		const docx = await renderMotionDocx(
			exportMotionFixture({
				text: '1. eins\n2. zwei\n\nDazwischen.\n\n1. neu eins',
				justification: ''
			}),
			{ lineNumbers: false }
		);
		const xml = await documentXml(docx);
		const ids = [...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
		expect(ids).toHaveLength(3);
		expect(ids[0]).toBe(ids[1]);
		expect(ids[2]).not.toBe(ids[0]);
	});
});
