import { expectAccessible } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { emptyInstanceUrl, readSetupLink } from '../support/instances';
import { totpCode } from '../support/totp';

// The empty instance can be set up once per run; a retry would find it done.
test.describe.configure({ retries: 0 });

test('first start: setup link → first board account → two-factor set-up → administration', async ({
	page
}) => {
	const link = readSetupLink();
	await page.goto(link);
	await expect(page.getByRole('heading', { name: 'Willkommen!' })).toBeVisible();

	// Mismatching passwords: an error at the second field, the typed name and address stay.
	await page.getByLabel('Ihr Name').fill('Bea Vorstand');
	await page.getByLabel('E-Mail-Adresse').fill('bea@example.org');
	await page.getByRole('textbox', { name: 'Passwort', exact: true }).fill('ein-sicheres-passwort');
	await page
		.getByRole('textbox', { name: 'Passwort wiederholen', exact: true })
		.fill('etwas-anderes-passwort');
	await page.getByRole('button', { name: 'Konto anlegen' }).click();
	await expect(page.getByText('Die beiden Passwörter stimmen nicht überein.')).toBeVisible();
	await expect(page.getByLabel('Ihr Name')).toHaveValue('Bea Vorstand');
	await expect(page.getByLabel('E-Mail-Adresse')).toHaveValue('bea@example.org');
	await expectAccessible(page);

	await page.getByRole('textbox', { name: 'Passwort', exact: true }).fill('ein-sicheres-passwort');
	await page
		.getByRole('textbox', { name: 'Passwort wiederholen', exact: true })
		.fill('ein-sicheres-passwort');
	await page.getByRole('button', { name: 'Konto anlegen' }).click();

	// Signed in, and sent to set up the second factor, which the board must have.
	await expect(page).toHaveURL(/\/konto\/sicherheit\?pflicht=2fa$/);
	await expect(page.getByText(/Dafür ist die Zwei-Faktor-Anmeldung Pflicht/)).toBeVisible();
	const blocked = await page.request.get(`${emptyInstanceUrl()}/verwaltung/personen`, {
		maxRedirects: 0
	});
	expect(blocked.headers()['location']).toBe('/konto/sicherheit?pflicht=2fa');

	await page
		.getByRole('textbox', { name: 'Ihr Passwort zur Bestätigung', exact: true })
		.fill('ein-sicheres-passwort');
	await page.getByRole('button', { name: 'Zwei-Faktor-Anmeldung einrichten' }).click();
	await expect(page.getByRole('img', { name: 'QR-Code für die Authenticator-App' })).toBeVisible();
	await expectAccessible(page);
	const secret = (await page.getByLabel('Schlüssel zum Abtippen').inputValue()).replace(/\s+/g, '');

	await page
		.getByRole('textbox', { name: 'Sechsstelliger Code aus der App', exact: true })
		.fill('000000');
	await page.getByRole('button', { name: 'Bestätigen und einschalten' }).click();
	await expect(page.getByText('Der Code stimmt nicht.', { exact: false })).toBeVisible();
	await expect(page.getByRole('img', { name: 'QR-Code für die Authenticator-App' })).toBeVisible();

	await page
		.getByRole('textbox', { name: 'Sechsstelliger Code aus der App', exact: true })
		.fill(totpCode(secret));
	await page.getByRole('button', { name: 'Bestätigen und einschalten' }).click();
	await expect(page.getByText('Die Zwei-Faktor-Anmeldung ist eingeschaltet.')).toBeVisible();
	await expect(
		page.getByRole('list', { name: 'Wiederherstellungscodes' }).getByRole('listitem')
	).toHaveCount(10);
	await expectAccessible(page);

	await page.goto(`${emptyInstanceUrl()}/verwaltung/personen`);
	await expect(page.getByRole('heading', { name: 'Personen', level: 1 })).toBeVisible();
	await expect(page.getByRole('cell', { name: /Bea Vorstand/ })).toBeVisible();

	// The link is used up: the setup page now says so.
	const again = await page.goto(link);
	expect(again?.status()).toBe(404);
	await expect(page.getByText('Die Einrichtung ist bereits abgeschlossen.')).toBeVisible();

	// Signing in again asks for the code from the app.
	await page.getByRole('button', { name: 'Abmelden' }).first().click();
	await page.goto(`${emptyInstanceUrl()}/anmelden?weiter=%2Fverwaltung`);
	await page.getByLabel('E-Mail-Adresse').fill('bea@example.org');
	await page.getByRole('textbox', { name: 'Passwort', exact: true }).fill('ein-sicheres-passwort');
	await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
	await expect(page).toHaveURL(/\/anmelden\/zwei-faktor/);
	await page.getByRole('textbox', { name: 'Code', exact: true }).fill(totpCode(secret));
	await page.getByRole('button', { name: 'Bestätigen' }).click();
	await expect(page).toHaveURL(`${emptyInstanceUrl()}/verwaltung`);
});
