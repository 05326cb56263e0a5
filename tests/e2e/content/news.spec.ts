/**
 * The public face the board edits without code: a news post with a picture goes from draft to
 * the start page, /aktuelles and the Atom feed; visitors reach the board by the contact form.
 */
import { demoCoverPng } from '../../../src/lib/server/demo/demo-cover-image';
import { expect, test } from '../support/fixtures';
import { waitForMail } from '../support/mail';

test('der Sprecher*innenrat schreibt einen Beitrag mit Bild und veröffentlicht ihn', async ({
	pageAs
}) => {
	const suffix = Date.now() % 1_000_000;
	const title = `Kreistag beschließt Radwegeplan ${suffix}`;
	const alt = `Karte der geplanten Radwege ${suffix}`;
	const board = await pageAs('board');

	// Upload a picture: the alt text is required, the page offers the Markdown line.
	await board.goto('/verwaltung');
	await board.getByRole('link', { name: /^Inhalte/ }).click();
	await board.getByRole('link', { name: /^Bilder/ }).click();
	await board.getByLabel('Bild', { exact: true }).setInputFiles({
		name: 'radwege.png',
		mimeType: 'image/png',
		buffer: demoCoverPng(300 + (suffix % 100), 160)
	});
	await board.getByLabel('Bildbeschreibung (Alternativtext)').fill(alt);
	await board.getByRole('button', { name: 'Hochladen' }).click();
	const line = (await board.getByTestId('image-markdown').innerText()).trim();
	expect(line).toMatch(/^!\[.+\]\(\/medien\/[0-9a-f]{64}\)$/);

	// Write the post as a draft: not public yet.
	await board.goto('/verwaltung/inhalte');
	await board.getByRole('link', { name: 'Neuer Beitrag' }).click();
	await board.getByRole('textbox', { name: 'Titel' }).fill(title);
	await board.getByLabel('Anreißer').fill('Zwölf Kilometer neue Radwege bis 2028.');
	await board.getByLabel('Text (Markdown)').fill(`## Der Plan\n\nSo sieht er aus:\n\n${line}`);
	await board.getByLabel('Schlagwörter').fill('Mobilität, Radverkehr');
	await board.getByLabel('Vorhandenes Bild').selectOption({ label: alt });
	// The demo board member's name is private demo data (the anonymous crawl checks it): this post
	// goes out under an editorial byline instead of the preselected account.
	const accountAuthors = board.getByRole('group', { name: 'Autor*innen mit Konto' });
	for (const box of await accountAuthors.getByRole('checkbox', { checked: true }).all())
		await box.uncheck();
	await board.getByLabel('Weitere Autor*innen (optional)').fill('Redaktion');
	await board.getByRole('button', { name: 'Entwurf speichern' }).click();
	await expect(board.getByText('Entwurf angelegt.')).toBeVisible();

	const visitor = await pageAs('anonymous');
	await visitor.goto('/aktuelles');
	await expect(visitor.getByText(title)).toHaveCount(0);

	await board.getByRole('button', { name: 'Veröffentlichen' }).click();
	await expect(board.getByText('Veröffentlicht. Der Beitrag ist jetzt öffentlich.')).toBeVisible();

	// Start page, list, post with its pictures, feed.
	await visitor.goto('/');
	const latest = visitor.getByRole('region', { name: 'Aktuelles' });
	await latest.getByRole('link', { name: title }).click();
	await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const pictures = visitor.getByRole('img', { name: alt });
	await expect(pictures).toHaveCount(2);
	for (const picture of await pictures.all()) {
		expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
	}
	await expect(visitor.locator('meta[property="og:image"]')).toHaveAttribute(
		'content',
		/\/medien\/[0-9a-f]{64}$/
	);
	await visitor.goto('/aktuelles?schlagwort=Radverkehr');
	await expect(visitor.getByRole('link', { name: title })).toBeVisible();
	const feed = await visitor.request.get('/feeds/news.xml');
	expect(feed.headers()['content-type']).toContain('application/atom+xml');
	expect(await feed.text()).toContain(title);
});

test('Besucher*innen schreiben dem Sprecher*innenrat über das Kontaktformular', async ({
	pageAs
}) => {
	const visitor = await pageAs('anonymous');
	const subject = `Einladung zum Ortsgespräch ${Date.now() % 1_000_000}`;
	const since = new Date();
	await visitor.goto('/');
	await visitor.getByRole('contentinfo').getByRole('link', { name: 'Kontakt' }).click();
	await visitor.getByLabel('Ihr Name').fill('Petra Beispiel');
	await visitor.getByLabel('Ihre E-Mail-Adresse').fill('petra.beispiel@example.org');
	await visitor.getByLabel('Betreff').fill(subject);
	await visitor
		.getByRole('textbox', { name: 'Nachricht' })
		.fill('Kommen Sie gern zu unserem Ortsgespräch im Mai.');
	await visitor.getByRole('button', { name: 'Nachricht senden' }).click();
	// Consent is required: nothing sent, what was typed stays.
	await expect(visitor.getByLabel('Betreff')).toHaveValue(subject);
	await visitor.getByRole('checkbox', { name: /einverstanden/ }).check();
	await visitor.getByRole('button', { name: 'Nachricht senden' }).click();
	await expect(visitor.getByText('Danke! Ihre Nachricht ist unterwegs.')).toBeVisible();
	const mail = await waitForMail('vorstand@example.org', `Kontaktformular: ${subject}`, { since });
	expect(mail.text).toContain('Petra Beispiel <petra.beispiel@example.org>');
});
