/**
 * "Wir in Zahlen" counts the public record: the demo's elected seats of the party, per district
 * now and at the end of the last term, as charts with text alternatives and as tables.
 */
import { DEMO_HANNA } from '../../../src/lib/server/demo/data/directory-fixtures';
import { expect, test } from '../support/fixtures';
import { demoSeatsByDistrict } from './demo-seats';

function todayInBerlin(): string {
	return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
}

test('Mandate je Gebiet wie in den Demodaten, heute und am Ende der Wahlperiode 2019–2024', async ({
	page
}) => {
	const expected = demoSeatsByDistrict(todayInBerlin());
	await page.goto('/wir-in-zahlen');
	await expect(page.getByRole('heading', { level: 1, name: 'Wir in Zahlen' })).toBeVisible();

	const table = page.getByRole('table', {
		name: 'Mandate je Landkreis und kreisfreier Stadt, mit Fraktionen'
	});
	const rows = table.locator('tbody tr');
	await expect(rows).toHaveCount(8);
	let total = 0;
	for (const row of await rows.all()) {
		const link = row.getByRole('rowheader').getByRole('link');
		const ags = /\/gebiete\/(\d{5})$/.exec((await link.getAttribute('href')) ?? '')![1]!;
		const cells = (await row.locator('td').allInnerTexts()).map((text) => text.trim());
		const [district, municipal, sum, , previous] = cells;
		expect(Number(district) + Number(municipal), `${ags}: Kreis + Gemeinden`).toBe(Number(sum));
		expect(Number(sum), `${ags} heute`).toBe(expected.get(ags)?.now ?? 0);
		expect(Number(previous), `${ags} Ende 2019–2024`).toBe(expected.get(ags)?.previous ?? 0);
		total += Number(sum);
	}

	// Overview tile: the districts' seats plus the Landtag's.
	const landtag = Number(
		await page
			.getByRole('table', { name: 'Mandate nach Art der Vertretung' })
			.getByRole('row', { name: /^Landtag/ })
			.locator('td')
			.first()
			.innerText()
	);
	const seatsTile = page.locator('dt:text-is("Mandate") + dd');
	await expect(seatsTile).toHaveText(String(total + landtag));
});

test('Diagramme als SVG mit Textalternative; gezählt wird nur, was öffentlich ist', async ({
	page
}) => {
	await page.goto('/wir-in-zahlen');
	const byDistrict = page.getByRole('img', { name: /^Mandate je Landkreis und kreisfreier Stadt/ });
	await expect(byDistrict).toBeVisible();
	await expect(byDistrict.locator('desc')).toContainText('Landkreis Vorpommern-Greifswald');
	await expect(page.getByRole('img', { name: /^Mandate nach Art der Vertretung/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Was gezählt wird' })).toBeVisible();
	await expect(
		page.getByText('sachkundige Einwohner*innen', { exact: false }).first()
	).toBeVisible();
	// The map is on this page too, with its licence notice.
	await expect(page.getByRole('link', { name: /^Landkreis Rostock: \d+ Mandate?$/ })).toBeVisible();
	await expect(
		page.getByRole('link', { name: '© GeoBasis-DE / BKG 2021 (Daten verändert)' })
	).toBeVisible();
	expect(await page.content()).not.toContain(DEMO_HANNA.name);
});
