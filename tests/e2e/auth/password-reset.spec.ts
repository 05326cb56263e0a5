import { expect, test } from '../support/fixtures';
import { signIn } from '../support/accounts';
import { hydrateOnGoto } from '../support/hydration';
import { linkIn, waitForMail } from '../support/mail';
import { createInvitedAccount } from './invited-account';

test('password reset by mail: new password works and every old session ends', async ({
	pageAs,
	page,
	browser,
	baseURL
}) => {
	const board = await pageAs('board');
	const account = await createInvitedAccount(board, page);

	const other = await browser.newContext({ baseURL });
	try {
		const visitor = await other.newPage();
		// Not a fixture page: its goto waits for hydration only when asked (the reset link is
		// opened with goto and filled at once; a value typed before hydration is lost).
		hydrateOnGoto(visitor);
		await visitor.goto('/anmelden');
		await visitor.getByRole('link', { name: 'Passwort vergessen?' }).click();
		// /anmelden has a field with the same label: wait for the new page before filling.
		await expect(visitor).toHaveURL(/\/passwort-vergessen$/);
		await expect(visitor.getByRole('heading', { level: 1 })).toContainText('Passwort');
		await visitor.getByLabel('E-Mail-Adresse').fill(account.email);
		const since = new Date(Date.now() - 1000);
		await visitor.getByRole('button', { name: 'Link anfordern' }).click();
		await expect(visitor.getByText(`Wenn es für ${account.email} ein Konto gibt`)).toBeVisible();

		const mail = await waitForMail(account.email, 'Neues Passwort', { since });
		const link = linkIn(mail, /\/passwort-zuruecksetzen\?token=/);
		await visitor.goto(new URL(link).pathname + new URL(link).search);
		await visitor
			.getByRole('textbox', { name: 'Neues Passwort', exact: true })
			.fill('ganz-neues-passwort');
		await visitor
			.getByRole('textbox', { name: 'Neues Passwort wiederholen', exact: true })
			.fill('ganz-neues-passwort');
		await visitor.getByRole('button', { name: 'Passwort speichern' }).click();
		await expect(visitor).toHaveURL(/\/anmelden\?hinweis=passwort-neu$/);
		await expect(visitor.getByText('Ihr neues Passwort ist gespeichert.')).toBeVisible();
		await signIn(visitor, account.email, 'ganz-neues-passwort');

		// The session that existed before the reset is gone.
		await page.goto('/konto');
		await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fkonto$/);

		// The link is single-use.
		await visitor.goto(new URL(link).pathname + new URL(link).search);
		await expect(visitor.getByText('Dieser Link ist ungültig.', { exact: false })).toBeVisible();
	} finally {
		await other.close();
	}
});
