import { expect, test } from '../support/fixtures';

test('die Startseite zeigt das Netzwerk auf Deutsch', async ({ page }) => {
	const response = await page.goto('/');
	expect(response?.status()).toBe(200);
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page).toHaveTitle(/\S/);
	await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Anmelden' }).first()).toBeVisible();
	await expect(page.getByRole('link', { name: 'Impressum' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Datenschutz' })).toBeVisible();
});

test('der erste Tab führt zum Sprunglink, der zum Inhalt springt', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skipLink = page.getByRole('link', { name: 'Zum Inhalt springen' });
	await expect(skipLink).toBeFocused();
	await expect(skipLink).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.locator('main#inhalt')).toBeFocused();
	// The next Tab continues inside the content, not back at the header.
	await page.keyboard.press('Tab');
	const insideMain = await page.evaluate(
		() => document.querySelector('main')?.contains(document.activeElement) ?? false
	);
	expect(insideMain).toBe(true);
});

test.describe('auf dem Telefon (390 px)', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('das Menü öffnet die Navigation, nichts ragt über den Rand', async ({ page }) => {
		await page.goto('/');
		const wideNavigation = page.getByRole('navigation', { name: 'Hauptnavigation', exact: true });
		await expect(wideNavigation).toBeHidden();
		const menuNavigation = page.getByRole('navigation', { name: 'Hauptnavigation (Menü)' });
		await expect(menuNavigation).toBeHidden();

		await page.getByText('Menü', { exact: true }).click();
		await expect(menuNavigation).toBeVisible();
		await expect(menuNavigation.getByRole('link').first()).toBeVisible();
		await expect(page.getByRole('link', { name: 'Anmelden' }).last()).toBeVisible();

		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, 'waagrechtes Scrollen auf 390 px').toBeLessThanOrEqual(0);
	});
});

test('eine unbekannte Adresse zeigt die deutsche 404-Seite', async ({ page }) => {
	const response = await page.goto('/diese-seite-gibt-es-nicht');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
	await expect(page.getByRole('link', { name: 'Zur Startseite' })).toBeVisible();
});
