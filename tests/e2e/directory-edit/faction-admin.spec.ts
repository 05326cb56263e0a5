/**
 * Faction admins maintain the people of their faction: add one with a seat for the faction,
 * change their data and mandates (logged for the board). People of other factions stay closed.
 */
import { DEMO_HANNA } from '../../../src/lib/server/demo/data/directory-fixtures';
import { expect, test } from '../support/fixtures';

test('Fraktionsverantwortliche legen eine Person ihrer Fraktion an und pflegen sie', async ({
	pageAs
}) => {
	const page = await pageAs('faction_admin');
	await page.goto('/verwaltung');
	await page.getByRole('link', { name: /Person anlegen/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Person anlegen' })).toBeVisible();
	// His faction's body is the only one offered, and already chosen.
	await expect(page.getByLabel('Körperschaft').locator('option:checked')).toHaveText(
		'Landkreis Vorpommern-Greifswald'
	);

	const familyName = `Neuling${Date.now() % 1_000_000}`;
	const fullName = `Erik ${familyName}`;
	await page.getByRole('textbox', { name: 'Vorname' }).fill('Erik');
	await page.getByRole('textbox', { name: 'Nachname' }).fill(familyName);
	await page
		.locator('#new-organizationId')
		.selectOption({ label: 'Kreistag Vorpommern-Greifswald' });
	await page.locator('#new-role').selectOption({ label: 'Stellvertretendes Mitglied' });
	await page.locator('#new-onBehalfOfId').selectOption({ label: 'Fraktion DIE LINKE' });
	await page.getByRole('button', { name: 'Person anlegen' }).click();
	await expect(page).toHaveURL(/\/personen\/[^/]+\/bearbeiten\?hinweis=angelegt/);
	await expect(
		page.getByRole('heading', { level: 1, name: `${fullName} bearbeiten` })
	).toBeVisible();
	await expect(page.getByText('Die Person ist angelegt.')).toBeVisible();

	// Bad input first: German message at the field, the typed value stays.
	const phone = page.getByRole('textbox', { name: 'Telefonnummer' });
	await phone.fill('abc');
	await page.getByRole('button', { name: 'Angaben speichern' }).click();
	await expect(page.getByText(/Bitte eine Telefonnummer aus Ziffern angeben/)).toBeVisible();
	await expect(phone).toHaveValue('abc');

	await phone.fill('0395 5550123');
	await page.getByRole('combobox', { name: 'Wer sieht die Telefonnummer?' }).selectOption('board');
	await page.getByRole('button', { name: 'Angaben speichern' }).click();
	await expect(page.getByText('Die Angaben sind gespeichert.')).toBeVisible();

	// A committee seat in his council, held for his faction.
	await page.locator('#add-organizationId').selectOption({ label: 'Ausschuss für Bildung' });
	await page.locator('#add-role').selectOption({ label: 'Mitglied' });
	await page.locator('#add-onBehalfOfId').selectOption({ label: 'Fraktion DIE LINKE' });
	await page.getByRole('button', { name: 'Eintragen' }).click();
	await expect(page.getByText('Das Mandat ist eingetragen.')).toBeVisible();
	const mandates = page.getByRole('region', { name: 'Mandate und Funktionen' });
	const mandate = (text: string) => mandates.getByRole('listitem').filter({ hasText: text }).last();
	await expect(mandate('Mitglied – Ausschuss für Bildung')).toBeVisible();
	await expect(
		mandate('Stellvertretendes Mitglied – Kreistag Vorpommern-Greifswald')
	).toBeVisible();

	// The board sees who changed what in the log.
	const board = await pageAs('board');
	await board.goto('/verwaltung/protokoll');
	const rows = board.getByRole('listitem').filter({ hasText: fullName });
	await expect(rows.filter({ hasText: 'Personendaten geändert' }).first()).toBeVisible();
	await expect(rows.filter({ hasText: 'Mandat oder Funktion eingetragen' }).first()).toBeVisible();
});

test('Fraktionsverantwortliche können Personen anderer Fraktionen nicht bearbeiten', async ({
	pageAs,
	baseURL
}) => {
	const page = await pageAs('faction_admin');
	const search = await page.request.get(
		`/api/v1/search?type=person&q=${encodeURIComponent(DEMO_HANNA.name)}`
	);
	const { items } = (await search.json()) as { items: { title: string; url: string }[] };
	const hanna = items.find((item) => item.title === DEMO_HANNA.name);
	expect(hanna, 'Hanna über die Suche gefunden').toBeTruthy();

	// Her page offers no edit link, and the editor refuses him with the reason.
	await page.goto(hanna!.url);
	await expect(page.getByRole('heading', { level: 1, name: DEMO_HANNA.name })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Bearbeiten' })).toHaveCount(0);
	const visit = await page.goto(`${hanna!.url}/bearbeiten`);
	expect(visit?.status()).toBe(403);
	await expect(page.getByText('Diese Person gehört nicht zu Ihrer Fraktion.')).toBeVisible();

	// A form post without the page (as a browser without JavaScript sends it) changes nothing.
	const post = await page.request.post(`${hanna!.url}/bearbeiten?/save`, {
		headers: { origin: baseURL! },
		form: {
			givenName: 'Übernommen',
			familyName: 'Verborgen',
			email: DEMO_HANNA.email,
			emailVisibility: 'public',
			phone: '',
			phoneVisibility: 'members',
			biography: '',
			biographyVisibility: 'members',
			topicsVisibility: 'members'
		}
	});
	expect(post.status()).toBe(403);
	await page.goto(hanna!.url);
	await expect(page.getByRole('heading', { level: 1, name: DEMO_HANNA.name })).toBeVisible();
});
