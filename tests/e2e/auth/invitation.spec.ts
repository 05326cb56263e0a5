import { expect, test } from '../support/fixtures';
import { signIn } from '../support/accounts';
import { uniqueAddress } from '../support/mail';
import { acceptInvitation, inviteAddress } from './invited-account';

test('the board invites; the person accepts, is signed in and can sign in again', async ({
	pageAs,
	page
}) => {
	const board = await pageAs('board');
	const account = {
		email: uniqueAddress('einladung'),
		name: 'Ina Eingeladen',
		password: 'mein-eigenes-passwort'
	};
	const link = await inviteAddress(board, account.email, 'Fraktionsverantwortliche');
	await expect(board.getByRole('listitem').filter({ hasText: account.email })).toContainText(
		'Fraktionsverantwortliche'
	);

	await page.goto(new URL(link).pathname);
	await expect(page.getByText('Sie sind als Fraktionsverantwortliche eingeladen.')).toBeVisible();
	await acceptInvitation(page, link, account);
	await expect(page.getByText('Willkommen im Kommunalnetz!')).toBeVisible();
	await expect(page.getByText(`Angemeldet als ${account.email}`)).toBeVisible();

	// The link works once.
	await page.goto(new URL(link).pathname);
	await expect(page.getByText('Diese Einladung wurde bereits angenommen.')).toBeVisible();

	await page.getByRole('button', { name: 'Abmelden' }).first().click();
	await signIn(page, account.email, account.password);
	await page.goto('/konto');
	await expect(page.getByText('Rolle: Fraktionsverantwortliche')).toBeVisible();

	// The board sees the new account, no longer an open invitation.
	await board.goto(`/verwaltung/personen?suche=${encodeURIComponent(account.email)}`);
	await expect(board.getByRole('link', { name: account.name })).toBeVisible();
});

test('a withdrawn invitation says so', async ({ pageAs, page }) => {
	const board = await pageAs('board');
	const email = uniqueAddress('zurueck');
	const link = await inviteAddress(board, email);
	await board.getByRole('button', { name: `Einladung an ${email} zurückziehen` }).click();
	await expect(board.getByText('Die Einladung ist zurückgezogen')).toBeVisible();
	await page.goto(new URL(link).pathname);
	await expect(page.getByText('Diese Einladung wurde zurückgezogen.')).toBeVisible();
});
