/**
 * A fresh account for specs that sign out, end sessions or change passwords, so the shared demo
 * sessions stay untouched: the demo board invites an address, and `page` accepts the invitation.
 */
import { expect, type Page } from '@playwright/test';
import { linkIn, uniqueAddress, waitForMail } from '../support/mail';

export interface InvitedAccount {
	email: string;
	name: string;
	password: string;
}

export async function inviteAddress(board: Page, email: string, roleLabel = 'Mitglied') {
	await board.goto('/verwaltung/personen/einladungen');
	await board.getByLabel('E-Mail-Adresse').fill(email);
	await board.getByLabel('Rolle').selectOption({ label: roleLabel });
	const since = new Date(Date.now() - 1000);
	await board.getByRole('button', { name: 'Einladung senden' }).click();
	await expect(board.getByText(`Die Einladung an ${email} ist unterwegs.`)).toBeVisible();
	const mail = await waitForMail(email, 'Einladung ins Kommunalnetz', { since });
	return linkIn(mail, /\/einladung\//);
}

export async function acceptInvitation(page: Page, link: string, account: InvitedAccount) {
	await page.goto(new URL(link).pathname);
	await page.getByLabel('Ihr Name').fill(account.name);
	await page.getByRole('textbox', { name: 'Passwort', exact: true }).fill(account.password);
	await page
		.getByRole('textbox', { name: 'Passwort wiederholen', exact: true })
		.fill(account.password);
	await page.getByRole('button', { name: 'Konto anlegen' }).click();
	await expect(page).toHaveURL(/\/konto\?hinweis=willkommen$/);
}

export async function createInvitedAccount(board: Page, page: Page): Promise<InvitedAccount> {
	const account = {
		email: uniqueAddress('konto'),
		name: 'Paula Probe',
		password: 'ein-langes-testpasswort'
	};
	await acceptInvitation(page, await inviteAddress(board, account.email), account);
	return account;
}
