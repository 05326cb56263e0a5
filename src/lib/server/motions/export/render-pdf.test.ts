import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderMotionPdf } from './render-pdf';
import { exportMotionFixture } from './testing-motion';

async function pages(pdf: Buffer): Promise<string[]> {
	const document = await getDocumentProxy(new Uint8Array(pdf));
	const { text } = await extractText(document, { mergePages: false });
	await document.destroy();
	return text;
}

describe('renderMotionPdf', () => {
	it('prints the title block, the text with its list and the justification, with page numbers', async () => {
		const pdf = await renderMotionPdf(exportMotionFixture(), { lineNumbers: false });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const text = (await pages(pdf)).join('\n');
		expect(text).toContain('ANTRAG · beschlossen');
		expect(text).toMatch(/Kostenfreies Mittagessen in Kitas und\s+Schulen – ein Modell für „alle“/);
		expect(text).toContain('Kreistag Vorpommern-Greifswald');
		expect(text).toContain('Jonas Fraktionsberg, Mira Mitgliedermann');
		expect(text).toContain('31 Ja, 12 Nein, 3 Enthaltungen');
		expect(text).toContain('Beschlussvorschlag');
		expect(text).toMatch(/1\.\s*Der Landrat prüft die\s*Kosten/);
		expect(text).toMatch(/–\s*mit Finanzierung/);
		expect(text).toContain('Begründung');
		expect(text).toMatch(/Seite 1 von \d/);
		expect(text).not.toMatch(/(^|\n)\s*1\s+Der Kreistag/);
	});

	it('numbers every line of the texts, continuing over pages, when asked', async () => {
		const motion = exportMotionFixture({
			justification: Array.from({ length: 90 }, (_, i) => `Absatz ${i + 1} der Begründung.`).join(
				'\n\n'
			)
		});
		const pdf = await renderMotionPdf(motion, { lineNumbers: true });
		const all = await pages(pdf);
		expect(all.length).toBeGreaterThan(1);
		const text = all.join('\n');
		// The title block is not numbered; the text starts at line 1.
		expect(text).toMatch(/\b1\s*Der Kreistag möge beschließen/);
		expect(text).toMatch(/\b2\s*Beschlussvorschlag/);
		const numbers = [...text.matchAll(/(\d+)\s*Absatz (\d+) der Begründung/g)].map((m) => [
			Number(m[1]),
			Number(m[2])
		]);
		expect(numbers.length).toBe(90);
		// Each paragraph one line: the line numbers rise by one per paragraph across page breaks.
		const offset = numbers[0]![0]! - numbers[0]![1]!;
		expect(numbers.every(([line, paragraph]) => line === paragraph! + offset)).toBe(true);
	});

	it('prints an inquiry answer, and a question mark for what no font has (emoji)', async () => {
		const pdf = await renderMotionPdf(
			exportMotionFixture({
				typeLabel: 'Anfrage',
				title: 'Wasser 💧 und Straßen → Ausbau',
				answer: 'Die Verwaltung antwortet: **drei** Brunnen.',
				answeredOn: '1. Mai 2026'
			}),
			{ lineNumbers: false }
		);
		const text = (await pages(pdf)).join('\n');
		expect(text).toContain('Antwort der Verwaltung vom 1. Mai 2026');
		expect(text).toMatch(/Die Verwaltung antwortet:\s*drei\s*Brunnen/);
		expect(text).toContain('Wasser ? und Straßen → Ausbau');
	});

	it('prints Polish, Czech and Turkish names and typographic marks in an embedded font', async () => {
		const line = 'Zażółć gęślą jaźń – Łukasz Wróblewski, Dvořák, Ağaoğlu, Œuvre ‚„“ €';
		const pdf = await renderMotionPdf(
			exportMotionFixture({
				title: 'Partnerschaft mit Szczecin – Świnoujście',
				authors: ['Małgorzata Kowalczyk', 'Jiří Novák'],
				text: `${line}\n\n*Ąčœ kursiv* und **Ęšž fett** und \`Ćřı Code\``
			}),
			{ lineNumbers: false }
		);
		const text = (await pages(pdf)).join('\n');
		expect(text).toContain('Partnerschaft mit Szczecin – Świnoujście');
		expect(text).toContain('Małgorzata Kowalczyk, Jiří Novák');
		expect(text).toContain(line);
		expect(text).toMatch(/Ąčœ kursiv\s*und\s*Ęšž fett\s*und\s*Ćřı Code/);
		expect(text).not.toContain('?');
		// The fonts travel inside the file (subset), so any reader shows the same letters.
		expect(pdf.toString('latin1')).toMatch(/\/FontFile2/);
		expect(pdf.toString('latin1')).toMatch(/DejaVuSans-Bold/);
		// The document information (title in the reader's window) keeps the letters too.
		const document = await getDocumentProxy(new Uint8Array(pdf));
		const { info } = (await document.getMetadata()) as { info: { Title?: string } };
		await document.destroy();
		expect(info.Title).toContain('Świnoujście');
	});
});
