import { randomBytes } from 'node:crypto';
import { DEMO_ACCOUNTS as DEMO_DATA } from '../../../src/lib/server/demo/data/accounts';
import { DEMO_ACCOUNTS } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { linkIn, mailsTo, waitForMail } from '../support/mail';

test('a Rundbrief to members, faction admins and the board reaches everyone but the member who turned Rundbriefe off; the mail’s one-click unsubscribe works', async ({
	pageAs,
	page
}) => {
	const nameOf = (email: string) => DEMO_DATA.find((account) => account.email === email)!.name;
	const subject = `Rundbrief Herbst ${randomBytes(3).toString('hex')}`;

	// Mira turns Rundbriefe off on her account page.
	const member = await pageAs('member');
	await member.goto('/konto');
	await member.getByRole('checkbox', { name: 'Rundbriefe erhalten' }).setChecked(false);
	await member.getByRole('button', { name: 'Einstellung speichern' }).click();
	await expect(member.getByText('Sie erhalten keine Rundbriefe mehr.')).toBeVisible();

	// The board writes the Rundbrief, checks whom it reaches, saves and sends it. (Katrin's own
	// switch is set first: a retry of this test finds her unsubscribed by its end.)
	const board = await pageAs('board');
	await board.goto('/konto');
	await board.getByRole('checkbox', { name: 'Rundbriefe erhalten' }).setChecked(true);
	await board.getByRole('button', { name: 'Einstellung speichern' }).click();
	await expect(board.getByText(/Sie erhalten (wieder )?Rundbriefe\./)).toBeVisible();
	await board.goto('/verwaltung/rundbriefe');
	await board.getByRole('link', { name: 'Neuer Rundbrief' }).click();
	await expect(board.getByRole('heading', { name: 'Neuer Rundbrief', level: 1 })).toBeVisible();
	await board.getByRole('textbox', { name: 'Betreff' }).fill(subject);
	await board
		.getByRole('textbox', { name: 'Text (Markdown)' })
		.fill('## Herbstklausur\n\nDer **Herbst** kommt: alle Termine [hier](/antraege).');
	for (const role of ['Mitglied', 'Fraktionsverantwortliche', 'Sprecher*innenrat'])
		await expect(board.getByRole('checkbox', { name: role, exact: true })).toBeChecked();
	await board.getByRole('button', { name: 'Vorschau' }).click();
	const preview = board.getByRole('region', { name: 'Vorschau' });
	await expect(preview).toContainText(nameOf(DEMO_ACCOUNTS.faction_admin));
	await expect(preview).toContainText(nameOf(DEMO_ACCOUNTS.board));
	await expect(preview).not.toContainText(nameOf(DEMO_ACCOUNTS.member));
	await expect(preview.getByRole('strong').filter({ hasText: 'Herbst' })).toBeVisible();
	await board.getByRole('button', { name: 'Entwurf speichern' }).click();
	await expect(board).toHaveURL(/\/verwaltung\/rundbriefe\/[0-9a-f-]{36}/);
	await expect(board.getByText('Entwurf gespeichert.')).toBeVisible();
	await board.getByRole('checkbox', { name: 'Ich habe die Vorschau geprüft.' }).check();
	await board.getByRole('button', { name: /^An \d+ Person(en)? senden$/ }).click();
	await expect(
		board.getByRole('heading', { name: /^(Wird versendet|Versendet)$/, level: 2 })
	).toBeVisible();

	// The others receive it over SMTP, with their own unsubscribe link and one-click header.
	const jonas = await waitForMail(DEMO_ACCOUNTS.faction_admin, subject);
	const katrin = await waitForMail(DEMO_ACCOUNTS.board, subject);
	expect(jonas.html).toContain('<strong>Herbst</strong>');
	for (const mail of [jonas, katrin]) {
		const link = linkIn(mail, /\/abbestellen\/rundbrief\//);
		expect(mail.headers['list-unsubscribe']).toBe(`<${link}>`);
		expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
	}
	expect(linkIn(jonas, /\/abbestellen\/rundbrief\//)).not.toBe(
		linkIn(katrin, /\/abbestellen\/rundbrief\//)
	);
	await expect(async () => {
		await board.reload();
		await expect(
			board.getByRole('heading', { name: 'Versendet', exact: true, level: 2 })
		).toBeVisible();
	}).toPass({ timeout: 20_000 });
	expect((await mailsTo(DEMO_ACCOUNTS.member)).map((mail) => mail.subject)).not.toContain(subject);

	// Katrin's mail provider unsubscribes her with one click (a server-side POST, no Origin);
	// her link then says it is done.
	const link = linkIn(katrin, /\/abbestellen\/rundbrief\//);
	const oneClick = await fetch(link, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: 'List-Unsubscribe=One-Click'
	});
	expect(oneClick.status).toBe(200);
	await page.goto(link);
	await expect(page.getByText(/Erledigt: An .+ gehen keine Rundbriefe mehr\./)).toBeVisible();
});
