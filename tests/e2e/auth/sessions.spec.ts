import { expect, test } from '../support/fixtures';
import { signIn } from '../support/accounts';
import { createInvitedAccount } from './invited-account';

test('ending another session signs that device out at once', async ({
	pageAs,
	page,
	browser,
	baseURL
}) => {
	const board = await pageAs('board');
	const account = await createInvitedAccount(board, page);

	const phoneContext = await browser.newContext({
		baseURL,
		userAgent:
			'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36'
	});
	try {
		const phone = await phoneContext.newPage();
		await signIn(phone, account.email, account.password);

		await page.goto('/konto/sicherheit');
		const sessions = page.getByRole('region', { name: 'Angemeldete Geräte' }).getByRole('listitem');
		await expect(sessions).toHaveCount(2);
		await expect(sessions.filter({ hasText: 'diese Sitzung' })).toHaveCount(1);
		const phoneSession = sessions.filter({ hasText: 'Chrome unter Android' });
		await expect(phoneSession).toContainText('IP-Adresse');
		await phoneSession.getByRole('button', { name: /beenden/ }).click();
		await expect(page.getByText('Die Sitzung ist beendet.')).toBeVisible();
		await expect(sessions).toHaveCount(1);

		await phone.goto('/konto');
		await expect(phone).toHaveURL(/\/anmelden\?weiter=%2Fkonto$/);
		// This device stays signed in.
		await page.goto('/konto');
		await expect(page.getByText(`Angemeldet als ${account.email}`)).toBeVisible();
	} finally {
		await phoneContext.close();
	}
});
