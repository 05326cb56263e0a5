/**
 * The person page: mandates, topics, biography and, as far as the viewer may see them, contact
 * data; a person the viewer may not know of is "not found", exactly like an unknown id.
 */
import type { Page } from '@playwright/test';
import { DEMO_GRETA, DEMO_HANNA } from '../../../src/lib/server/demo/data/directory-fixtures';
import type { Visitor } from '../support/accounts';
import { expect, test } from '../support/fixtures';

async function personUrl(page: Page, name: string): Promise<string> {
	const response = await page.request.get(
		`/api/v1/search?type=person&q=${encodeURIComponent(name)}`
	);
	const { items } = (await response.json()) as { items: { title: string; url: string }[] };
	const item = items.find((candidate) => candidate.title === name);
	if (!item) throw new Error(`${name} nicht gefunden`);
	return item.url;
}

const GRETA_SEES: Record<Exclude<Visitor, 'interested'>, { email: boolean; phone: boolean }> = {
	anonymous: { email: false, phone: false },
	member: { email: true, phone: false },
	// Jonas maintains the people of Greta's faction.
	faction_admin: { email: true, phone: true },
	board: { email: true, phone: true }
};

for (const [visitor, sees] of Object.entries(GRETA_SEES) as [
	keyof typeof GRETA_SEES,
	(typeof GRETA_SEES)['board']
][]) {
	test(`Gretas Seite als ${visitor}: Mandate immer, Kontakt nach Sichtbarkeit`, async ({
		pageAs
	}) => {
		const page = await pageAs(visitor);
		const url = await personUrl(page, DEMO_GRETA.name);
		const response = await page.goto(url);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1, name: DEMO_GRETA.name })).toBeVisible();
		const mandates = page.getByRole('region', { name: 'Mandate und Funktionen' });
		await expect(mandates.getByRole('link', { name: DEMO_GRETA.council })).toBeVisible();
		await expect(mandates.getByText('Fraktionsvorsitz')).toBeVisible();
		await expect(page.getByRole('region', { name: 'Über mich' })).toContainText('Kreishaushalt');

		// Whole response, including the data embedded for hydration.
		const html = await (await page.request.get(url)).text();
		expect(html.includes(DEMO_GRETA.email)).toBe(sees.email);
		expect(html.includes(DEMO_GRETA.phone)).toBe(sees.phone);
		if (sees.email) await expect(page.getByRole('link', { name: DEMO_GRETA.email })).toBeVisible();
		if (sees.phone) await expect(page.getByRole('link', { name: DEMO_GRETA.phone })).toBeVisible();
	});
}

test('Hanna (nur sachkundige Einwohnerin) ist öffentlich unbekannt, für Mitglieder sichtbar', async ({
	pageAs
}) => {
	const member = await pageAs('member');
	const url = await personUrl(member, DEMO_HANNA.name);
	await member.goto(url);
	await expect(member.getByRole('heading', { level: 1, name: DEMO_HANNA.name })).toBeVisible();
	await expect(member.getByText(DEMO_HANNA.committee)).toBeVisible();
	await expect(member.getByRole('link', { name: DEMO_HANNA.email })).toBeVisible();

	for (const visitor of ['anonymous', 'interested'] as const) {
		const page = await pageAs(visitor);
		const hidden = await page.request.get(url);
		const unknown = await page.request.get('/personen/00000000-0000-4000-8000-000000000000');
		expect(hidden.status(), visitor).toBe(404);
		expect(unknown.status()).toBe(404);
		const body = await hidden.text();
		expect(body).not.toContain(DEMO_HANNA.name);
		expect(body).not.toContain(DEMO_HANNA.email);
	}
});

test('die eigene Seite zeigt alles und führt zum Bearbeiten', async ({ pageAs }) => {
	const page = await pageAs('member');
	await page.goto('/verzeichnis?suche=Mira+Mitgliedermann');
	await page.getByRole('link', { name: 'Mira Mitgliedermann' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Mira Mitgliedermann' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Bearbeiten' })).toBeVisible();
});
