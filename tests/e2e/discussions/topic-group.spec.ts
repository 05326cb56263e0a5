import { randomBytes } from 'node:crypto';
import { expect, test } from '../support/fixtures';
import { linkIn, waitForMail } from '../support/mail';

const MIRA = 'mitglied@example.org';

test('a member joins a group and starts a thread in Markdown; a mention in a reply is mailed and its unsubscribe link works signed out', async ({
	pageAs,
	page
}) => {
	const name = `Arbeitskreis Test ${randomBytes(3).toString('hex')}`;
	const board = await pageAs('board');
	await board.goto('/arbeitskreise/neu');
	await board.getByRole('textbox', { name: 'Name' }).fill(name);
	await board.getByRole('button', { name: 'Eröffnen' }).click();
	await expect(board.getByText('Der Arbeitskreis ist eröffnet.')).toBeVisible();
	const groupPath = new URL(board.url()).pathname;
	expect(groupPath).toMatch(/^\/arbeitskreise\/arbeitskreis-test-[0-9a-f]{6}$/);

	// Mira joins from the list and writes the first thread, in Markdown.
	const member = await pageAs('member');
	await member.goto('/arbeitskreise');
	await member.getByRole('button', { name: `„${name}“ beitreten` }).click();
	await expect(member.getByText(`Sie sind dem Arbeitskreis „${name}“ beigetreten.`)).toBeVisible();
	await member.goto(groupPath);
	await member.getByRole('textbox', { name: 'Titel' }).fill('Busse am Wochenende');
	await member
		.getByRole('textbox', { name: 'Ihr Beitrag (Markdown)' })
		.fill('Wer fährt **samstags** noch?\n\n- Linie 1\n- Linie 2\n\n<script>alert(1)</script>');
	await member.getByRole('button', { name: 'Thema beginnen' }).click();
	await expect(member.getByRole('heading', { level: 1 })).toHaveText('Busse am Wochenende');
	const opening = member.getByRole('listitem').filter({ hasText: 'Eröffnungsbeitrag' });
	await expect(opening.locator('strong')).toHaveText('samstags');
	await expect(opening.getByRole('listitem')).toHaveText(['Linie 1', 'Linie 2']);
	await expect(opening.locator('script')).toHaveCount(0);
	const threadPath = new URL(member.url()).pathname;

	// Jonas joins on the group page and answers with a mention of Mira.
	const faction = await pageAs('faction_admin');
	await faction.goto(groupPath);
	await faction.getByRole('button', { name: 'Arbeitskreis beitreten' }).click();
	await expect(faction.getByText('Willkommen im Arbeitskreis!')).toBeVisible();
	await faction.goto(threadPath);
	const since = new Date(Date.now() - 1000);
	await faction
		.getByRole('textbox', { name: 'Ihre Antwort (Markdown)' })
		.fill('Samstags fährt bei uns nur der Rufbus, @Mira Mitgliedermann.');
	await faction.getByRole('button', { name: 'Antwort senden' }).click();
	await expect(faction.getByRole('article').filter({ hasText: 'nur der Rufbus' })).toBeVisible();

	const mail = await waitForMail(MIRA, 'Jonas Fraktionsberg hat Sie erwähnt: Busse am Wochenende', {
		since
	});
	expect(mail.text).toContain('Samstags fährt bei uns nur der Rufbus, @Mira Mitgliedermann.');
	expect(mail.text).toContain(`${threadPath}#beitrag-`);
	const unsubscribe = new URL(linkIn(mail, /\/abbestellen\//));

	// Signed out, from the mail: ask first, then stop.
	await page.goto(unsubscribe.pathname);
	await expect(
		page.getByText(`Möchten Sie keine Mails mehr aus dem Arbeitskreis „${name}“ erhalten?`)
	).toBeVisible();
	await page.getByRole('button', { name: 'Ja, abbestellen' }).click();
	await expect(
		page.getByText(`Erledigt: Sie erhalten keine Mails mehr aus dem Arbeitskreis „${name}“.`)
	).toBeVisible();

	await member.goto(groupPath);
	await expect(member.getByRole('radio', { name: 'Keine Mails', exact: true })).toBeChecked();

	// A link altered by one character opens nothing.
	const last = unsubscribe.pathname.slice(-1);
	const forged = await page.goto(`${unsubscribe.pathname.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`);
	expect(forged?.status()).toBe(404);
});

test('authors edit their own posts; members choose their notifications and follow threads', async ({
	pageAs
}) => {
	const member = await pageAs('member');
	await member.goto('/arbeitskreise/kommunale-finanzen');
	await member.getByRole('textbox', { name: 'Titel' }).fill('Tippfehler im Titel? Nein, im Text');
	await member.getByRole('textbox', { name: 'Ihr Beitrag (Markdown)' }).fill('Ertser Entwurf');
	await member.getByRole('button', { name: 'Thema beginnen' }).click();
	await expect(member.getByRole('heading', { level: 1 })).toHaveText(
		'Tippfehler im Titel? Nein, im Text'
	);
	await member.getByRole('link', { name: /^Bearbeiten/ }).click();
	const editor = member.getByRole('textbox', { name: 'Beitrag bearbeiten (Markdown)' });
	await expect(editor).toHaveValue('Ertser Entwurf');
	await editor.fill('Erster Entwurf');
	await member.getByRole('button', { name: 'Änderung speichern' }).click();
	await expect(member.getByRole('article').filter({ hasText: 'Erster Entwurf' })).toContainText(
		'bearbeitet'
	);

	// Someone else reads the thread: no edit link on Mira's post, but a subscribe button.
	const board = await pageAs('board');
	await board.goto(new URL(member.url()).pathname);
	await expect(board.getByRole('article').filter({ hasText: 'Erster Entwurf' })).toBeVisible();
	await expect(board.getByRole('link', { name: /^Bearbeiten/ })).toHaveCount(0);
	await board.getByRole('button', { name: 'Thema abonnieren' }).click();
	await expect(board.getByText('Sie haben das Thema abonniert.')).toBeVisible();
	await board.getByRole('button', { name: 'Abo beenden' }).click();
	await expect(board.getByText('Sie haben das Abo beendet.')).toBeVisible();

	await member.goto('/arbeitskreise/kommunale-finanzen');
	await member.getByRole('radio', { name: 'Jeden Beitrag sofort per Mail' }).check();
	await member.getByRole('button', { name: 'Einstellung speichern' }).click();
	await expect(member.getByText('Ihre Einstellung ist gespeichert.')).toBeVisible();
	await member.reload();
	await expect(member.getByRole('radio', { name: 'Jeden Beitrag sofort per Mail' })).toBeChecked();
	await member.getByRole('radio', { name: 'Eine Zusammenfassung am Tag' }).check();
	await member.getByRole('button', { name: 'Einstellung speichern' }).click();
	await expect(member.getByText('Ihre Einstellung ist gespeichert.')).toBeVisible();
});
