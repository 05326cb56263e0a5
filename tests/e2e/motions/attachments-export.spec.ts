import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { expect, test } from '../support/fixtures';

/** A PDF holding a word no demo motion contains, so the search finds only this test's motion. */
function pdfWith(word: string): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const doc = new PDFDocument({ size: 'A4' });
		const chunks: Buffer[] = [];
		doc.on('data', (chunk: Buffer) => chunks.push(chunk));
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
		doc.fontSize(14).text(`Anlage: Gutachten zur ${word} im Landkreis`);
		doc.end();
	});
}

test('the faction attaches a PDF to its draft; its text is found by the search, the file downloads for the faction only; a renamed program is refused; exports', async ({
	pageAs
}) => {
	const word = `Moorschutzkonzept${randomBytes(3).toString('hex')}`;
	const faction = await pageAs('faction_admin');
	const created = await faction.request.post('/api/v1/motions', {
		data: {
			type: 'motion',
			title: `Moore wieder vernässen ${word.slice(-6)}`,
			text: '## Beschluss\n\n1. Der Kreistag prüft die Flächen.\n2. Er berichtet im Herbst.',
			justification: 'Moore speichern Kohlenstoff.',
			topics: [],
			visibility: 'faction'
		}
	});
	expect(created.status()).toBe(201);
	const { id } = (await created.json()) as { id: string };

	await faction.goto(`/antraege/${id}/anhaenge`);
	await expect(faction.getByRole('heading', { level: 1, name: 'Anhänge' })).toBeVisible();
	// A file input is a button named by its label in Chromium's accessibility tree.
	const field = faction.getByRole('button', { name: 'Datei', exact: true });

	// A Windows program named like a PDF: refused by its content, next to the field.
	await field.setInputFiles({
		name: 'gutachten.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.concat([Buffer.from('MZ'), randomBytes(200)])
	});
	await faction.getByRole('button', { name: 'Hochladen' }).click();
	await expect(field).toHaveAccessibleDescription(/kein PDF-, Word- \(DOCX\) oder OpenDocument/);

	const pdf = await pdfWith(word);
	await field.setInputFiles({
		name: 'Gutachten Moore.pdf',
		mimeType: 'application/pdf',
		buffer: pdf
	});
	await faction.getByRole('button', { name: 'Hochladen' }).click();
	await expect(faction.getByText('„Gutachten Moore.pdf“ ist angehängt.')).toBeVisible();
	const link = faction.getByRole('link', { name: 'Gutachten Moore.pdf' });
	await expect(link).toBeVisible();

	// Extracted in the background, then the search finds the motion by the attachment's word.
	await expect
		.poll(
			async () => {
				const response = await faction.request.get(`/api/v1/search?q=${word}`);
				const body = (await response.json()) as { items: { url: string }[] };
				return body.items.map((item) => item.url);
			},
			{ timeout: 30_000, message: 'Suche nach dem Wort aus dem Anhang' }
		)
		.toContain(`/antraege/${id}`);

	const [download] = await Promise.all([faction.waitForEvent('download'), link.click()]);
	expect(download.suggestedFilename()).toBe('Gutachten Moore.pdf');
	expect(readFileSync((await download.path())!).equals(pdf)).toBe(true);

	// A member outside the faction neither finds the draft nor gets its file or export.
	const member = await pageAs('member');
	const search = await member.request.get(`/api/v1/search?q=${word}`);
	expect(((await search.json()) as { total: number }).total).toBe(0);
	const href = (await link.getAttribute('href'))!;
	expect((await member.request.get(href)).status()).toBe(404);
	expect((await member.request.get(`/antraege/${id}/export.pdf`)).status()).toBe(404);

	// The motion page lists the attachment and offers the exports.
	await faction.goto(`/antraege/${id}`);
	const attachments = faction.getByRole('region', { name: 'Anhänge' });
	await expect(attachments.getByRole('link', { name: 'Gutachten Moore.pdf' })).toBeVisible();
	const [numbered] = await Promise.all([
		faction.waitForEvent('download'),
		faction.getByRole('link', { name: 'PDF mit Zeilennummern' }).click()
	]);
	expect(numbered.suggestedFilename()).toMatch(/^Antrag Moore wieder vernässen .+\.pdf$/);
	expect(
		readFileSync((await numbered.path())!)
			.subarray(0, 5)
			.toString()
	).toBe('%PDF-');
	const [docx] = await Promise.all([
		faction.waitForEvent('download'),
		faction.getByRole('link', { name: 'Word (DOCX)' }).click()
	]);
	expect(docx.suggestedFilename()).toMatch(/\.docx$/);
});
