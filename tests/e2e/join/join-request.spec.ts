import { acceptInvitation } from '../auth/invited-account';
import { expect, test } from '../support/fixtures';
import { linkIn, uniqueAddress, waitForMail } from '../support/mail';

/** The form refuses what is sent faster than a person fills it in (join-tokens.ts MIN_FILL_MS). */
const MIN_FILL_MS = 3_000;

test('join → confirm by mail → the board accepts → invitation → first sign-in', async ({
	page,
	pageAs
}) => {
	const account = {
		email: uniqueAddress('mitmachen'),
		name: 'Mara Mitmacherin',
		password: 'mein-neues-passwort'
	};

	await page.goto('/mitmachen');
	const shownAt = Date.now();
	await page.getByLabel('Ihr Name').fill(account.name);
	await page.getByLabel('E-Mail-Adresse').fill(account.email);
	await page
		.getByLabel('Landkreis oder kreisfreie Stadt')
		.selectOption({ label: 'Landkreis Rostock' });
	await page.getByLabel('Kreisverband').fill('KV Rostock');
	await page.getByRole('radio', { name: 'Sachkundige*r Einwohner*in' }).check();
	await page.getByLabel('Wo sind Sie aktiv?').fill('Bauausschuss Dummerstorf');
	await page.getByRole('checkbox', { name: 'Schule' }).check();
	await page.getByLabel('Ihre Nachricht an uns').fill('Ich möchte beim Schulbau mitreden.');
	await page.getByRole('checkbox', { name: /Datenschutzhinweise gelesen/ }).check();
	await page.waitForTimeout(Math.max(0, shownAt + MIN_FILL_MS + 200 - Date.now()));
	const submitted = new Date(Date.now() - 1000);
	await page.getByRole('button', { name: 'Anfrage senden' }).click();
	await expect(page.getByText(`E-Mail, die wir an ${account.email} geschickt haben`)).toBeVisible();

	// Not in the board's inbox before the address is confirmed.
	const board = await pageAs('board');
	await board.goto('/verwaltung/mitmachen');
	await expect(board.getByRole('heading', { name: 'Anfragen zum Mitmachen' })).toBeVisible();
	await expect(board.getByRole('link', { name: account.name })).toHaveCount(0);

	const confirmation = await waitForMail(account.email, 'Bitte bestätigen Sie Ihre Anfrage', {
		since: submitted
	});
	await page.goto(new URL(linkIn(confirmation, /\/mitmachen\/bestaetigen\//)).pathname);
	await page.getByRole('button', { name: 'Anfrage bestätigen' }).click();
	await expect(page.getByText('Ihre Anfrage ist bestätigt')).toBeVisible();

	await board.goto('/verwaltung/mitmachen');
	await board.getByRole('link', { name: account.name }).click();
	await expect(board.getByText('Bauausschuss Dummerstorf')).toBeVisible();
	await expect(board.getByText('Schule', { exact: true })).toBeVisible();
	await board.getByRole('radio', { name: /Mitglied/ }).check();
	await board.getByRole('button', { name: 'Annehmen und einladen' }).click();
	await expect(
		board.getByText(`Die Einladung als Mitglied ist an ${account.email} unterwegs.`)
	).toBeVisible();

	const invitation = await waitForMail(account.email, 'Einladung ins Kommunalnetz', {
		since: submitted
	});
	await acceptInvitation(page, linkIn(invitation, /\/einladung\//), account);
	await expect(page.getByText(`Angemeldet als ${account.email}`)).toBeVisible();
	await expect(page.getByText('Rolle: Mitglied')).toBeVisible();

	await board.reload();
	await expect(board.getByText(/Einladung angenommen am/)).toBeVisible();
});
