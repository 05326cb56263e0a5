/**
 * The state map: every district a keyboard-reachable link named with its mandates, the same
 * numbers as the table beside it, the licence notice of the boundary data.
 */
import { expect, test } from '../support/fixtures';

const DISTRICT_LINK = /^(.+): (\d+) Mandate?$/;

test('mit der Tastatur von der Karte zum Landkreis Vorpommern-Greifswald', async ({ page }) => {
	await page.goto('/karte');
	const map = page.getByRole('group', {
		name: 'Karte: Mandate je Landkreis und kreisfreier Stadt'
	});
	const target = map.getByRole('link', { name: /^Landkreis Vorpommern-Greifswald: \d+ Mandate?$/ });
	await expect(target).toBeVisible();

	let reached = false;
	for (let step = 0; step < 40 && !reached; step++) {
		await page.keyboard.press('Tab');
		reached = await target.evaluate((element) => element === document.activeElement);
	}
	expect(reached, 'Tab erreicht den Landkreis auf der Karte').toBe(true);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/gebiete\/13075$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Vorpommern-Greifswald');
});

test('die Karte nennt dieselben Zahlen wie die Tabelle und die Quelle der Grenzen', async ({
	page
}) => {
	await page.goto('/karte');
	const map = page.getByRole('group', {
		name: 'Karte: Mandate je Landkreis und kreisfreier Stadt'
	});
	const links = map.getByRole('link');
	await expect(links).toHaveCount(8);
	const fromMap = new Map<string, number>();
	for (const name of await links.evaluateAll((elements) =>
		elements.map((element) => element.getAttribute('aria-label') ?? '')
	)) {
		const [, district, count] = DISTRICT_LINK.exec(name)!;
		fromMap.set(district!, Number(count));
	}

	const rows = page
		.getByRole('table', { name: 'Mandate je Landkreis und kreisfreier Stadt' })
		.locator('tbody tr');
	await expect(rows).toHaveCount(8);
	for (const row of await rows.all()) {
		const district = (await row.getByRole('rowheader').innerText()).trim();
		const total = Number(await row.locator('td').nth(2).innerText());
		expect(fromMap.get(district), district).toBe(total);
	}

	const attribution = page.getByRole('link', {
		name: '© GeoBasis-DE / BKG 2021 (Daten verändert)'
	});
	await expect(attribution).toHaveAttribute('href', 'https://www.bkg.bund.de');
	await expect(
		page.getByRole('link', { name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0' })
	).toHaveAttribute('href', 'https://www.govdata.de/dl-de/by-2-0');
});

test.describe('auf dem Telefon (390 px)', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('Karte und Tabelle ragen nicht über den Rand', async ({ page }) => {
		await page.goto('/karte');
		await expect(page.getByRole('group', { name: /^Karte/ })).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, 'waagrechtes Scrollen auf 390 px').toBeLessThanOrEqual(0);
	});
});
