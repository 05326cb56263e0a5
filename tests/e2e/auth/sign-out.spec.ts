import { expect, test } from '../support/fixtures';
import { DEMO_ACCOUNTS, signIn } from '../support/accounts';

test('signing out ends the session; /abmelden shows a button', async ({ page }) => {
	// Its own sign-in: the shared saved sessions must survive this test.
	await signIn(page, DEMO_ACCOUNTS.member);
	await page.goto('/abmelden');
	await expect(page.getByText('Möchten Sie sich auf diesem Gerät abmelden?')).toBeVisible();
	await page.getByRole('main').getByRole('button', { name: 'Abmelden' }).click();
	await expect(page).toHaveURL(/\/anmelden\?hinweis=abgemeldet$/);
	await expect(page.getByText('Sie sind abgemeldet.')).toBeVisible();

	await page.goto('/konto');
	await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fkonto$/);
	const cookies = await page.context().cookies();
	expect(cookies.find((cookie) => cookie.name.endsWith('session_token'))).toBeUndefined();
});

test('the header button signs out, too', async ({ page }) => {
	await signIn(page, DEMO_ACCOUNTS.interested);
	await page.goto('/konto');
	await page.getByRole('banner').getByRole('button', { name: 'Abmelden' }).first().click();
	await expect(page).toHaveURL(/\/anmelden\?hinweis=abgemeldet$/);
});
