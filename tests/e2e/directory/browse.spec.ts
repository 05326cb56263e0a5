/**
 * Members browse the directory: header link, fuzzy name search, filters, pages, and the way from
 * a district's page to its councils, factions and people.
 */
import { DEMO_GRETA } from '../../../src/lib/server/demo/data/directory-fixtures';
import { expect, test } from '../support/fixtures';

test('ein Mitglied findet Personen über Namen, auch ungefähr geschrieben, und über Filter', async ({
	pageAs
}) => {
	const page = await pageAs('member');
	await page.goto('/');
	await page
		.getByRole('navigation', { name: 'Hauptnavigation', exact: true })
		.getByRole('link', { name: 'Verzeichnis' })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Verzeichnis' })).toBeVisible();

	// "Schmitt" finds the Schmidts (pg_trgm).
	await page.getByRole('searchbox', { name: 'Name' }).fill('Schmitt');
	await page.getByRole('button', { name: 'Filtern' }).click();
	await expect(page).toHaveURL(/suche=Schmitt/);
	const people = page.getByRole('list', { name: 'Personen' });
	await expect(people.getByRole('link', { name: /Schmidt$/ }).first()).toBeVisible();

	// District and function together: the faction chairs in Vorpommern-Greifswald.
	await page.getByRole('link', { name: 'Zurücksetzen' }).click();
	await expect(page).toHaveURL(/\/verzeichnis$/);
	await expect(page.getByRole('searchbox', { name: 'Name' })).toHaveValue('');
	await page
		.getByLabel('Kreis oder Stadt')
		.selectOption({ label: 'Landkreis Vorpommern-Greifswald' });
	await page.getByLabel('Funktion').selectOption({ label: 'Fraktionsvorsitz' });
	await page.getByRole('button', { name: 'Filtern' }).click();
	await expect(page).toHaveURL(/gebiet=13075.*funktion=faction_chair/);
	await expect(page.getByText(/^\d+ Person(en)?/)).toBeVisible();
	const greta = people.getByRole('link', { name: DEMO_GRETA.name });
	await expect(greta).toBeVisible();
	// Members see her address in the list.
	await expect(people.getByRole('link', { name: DEMO_GRETA.email })).toBeVisible();

	await greta.click();
	await expect(page.getByRole('heading', { level: 1, name: DEMO_GRETA.name })).toBeVisible();
	await expect(page.getByRole('link', { name: DEMO_GRETA.council }).first()).toBeVisible();
});

test('das Verzeichnis blättert seitenweise und behält die Filter', async ({ pageAs }) => {
	const page = await pageAs('member');
	await page.goto('/verzeichnis?funktion=member');
	await expect(page.getByText(/Personen, Seite 1 von \d+/)).toBeVisible();
	const firstName = await page
		.getByRole('list', { name: 'Personen' })
		.getByRole('heading')
		.first()
		.innerText();
	await page.getByRole('link', { name: 'Nächste' }).click();
	await expect(page).toHaveURL(/funktion=member&seite=2/);
	await expect(page.getByText(/Personen, Seite 2 von \d+/)).toBeVisible();
	await expect(
		page.getByRole('list', { name: 'Personen' }).getByRole('heading', { name: firstName })
	).toHaveCount(0);
});

test('ein Filter ohne Treffer sagt es, Zurücksetzen zeigt wieder alle', async ({ pageAs }) => {
	const page = await pageAs('faction_admin');
	await page.goto('/verzeichnis?suche=Xylophonowski');
	await expect(page.getByText('Keine Personen passen zu diesen Filtern.')).toBeVisible();
	await page.getByRole('link', { name: 'Zurücksetzen' }).click();
	await expect(page).toHaveURL(/\/verzeichnis$/);
	await expect(page.getByText(/^\d+ Personen, Seite 1 von/)).toBeVisible();
});

test('vom Landkreis über Kreistag und Fraktion zur Person, öffentlich', async ({ page }) => {
	await page.goto('/gebiete/13075');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Landkreis Vorpommern-Greifswald' })
	).toBeVisible();
	await expect(page.getByRole('heading', { name: DEMO_GRETA.council })).toBeVisible();
	await expect(page.getByRole('link', { name: DEMO_GRETA.name })).toBeVisible();
	// The Gemeinden with mandates, linked.
	await expect(page.getByRole('heading', { name: 'Gemeinden' })).toBeVisible();

	await page.getByRole('link', { name: 'Fraktion DIE LINKE' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Fraktion DIE LINKE' })).toBeVisible();
	const members = page.getByRole('table', { name: /Mitglieder von/ });
	await expect(members.getByRole('link', { name: DEMO_GRETA.name }).first()).toBeVisible();
	// Jonas, the demo faction admin, has no elected seat: the public does not see him.
	await expect(page.getByText('Jonas Fraktionsberg')).toHaveCount(0);

	await page.getByRole('link', { name: 'Landkreis Vorpommern-Greifswald' }).click();
	await expect(page).toHaveURL(/\/gebiete\/13075$/);
	await page.getByRole('link', { name: 'Mecklenburg-Vorpommern', exact: true }).click();
	await expect(
		page.getByRole('heading', { name: 'Landkreise und kreisfreie Städte' })
	).toBeVisible();
	await expect(
		page.getByRole('link', { name: 'Hanse- und Universitätsstadt Rostock' })
	).toBeVisible();
});

test('Mitglieder sehen auf der Fraktionsseite auch Mitglieder ohne Mandat', async ({ pageAs }) => {
	const page = await pageAs('member');
	await page.goto('/gebiete/13075');
	await page.getByRole('link', { name: 'Fraktion DIE LINKE' }).first().click();
	await expect(page.getByRole('link', { name: 'Jonas Fraktionsberg' })).toBeVisible();
});
