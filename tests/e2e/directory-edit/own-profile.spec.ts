/**
 * A member keeps their own directory entry: fields, who sees each of them, topics. Bad input is
 * answered in German at the field and changes nothing.
 */
import { expect, test, waitForHydration } from '../support/fixtures';

test('ein Mitglied pflegt sein Profil und bestimmt, wer was sieht', async ({ pageAs }) => {
	const page = await pageAs('member');
	await page.goto('/konto');
	await page
		.getByRole('navigation', { name: 'Bereiche Ihres Kontos' })
		.getByRole('link', { name: 'Eintrag im Verzeichnis' })
		.click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Mein Profil im Verzeichnis' })
	).toBeVisible();

	const email = page.getByRole('textbox', { name: 'E-Mail-Adresse', exact: true });
	const biography = page.getByRole('textbox', { name: 'Über mich', exact: true });
	const biographyAudience = page.getByRole('combobox', { name: 'Wer sieht „Über mich“?' });
	const topic = page.getByRole('checkbox', { name: 'Kultur', exact: true });
	const save = page.getByRole('button', { name: 'Profil speichern' });

	// Bad input: the message is at the field, what was typed stays, nothing is stored.
	const storedEmail = await email.inputValue();
	await email.fill('keine-adresse');
	await save.click();
	await expect(
		page.getByText('Bitte eine gültige E-Mail-Adresse angeben, z. B. name@example.org.')
	).toBeVisible();
	await expect(email).toHaveValue('keine-adresse');
	await page.reload();
	await waitForHydration(page);
	await expect(email).toHaveValue(storedEmail);

	// A text only the board may read, and one more topic.
	const text = `Ich kümmere mich um sichere Schulwege (${Date.now()}).`;
	await biography.fill(text);
	await biographyAudience.selectOption('board');
	await topic.check();
	await save.click();
	await expect(page.getByText('Ihr Profil ist gespeichert.')).toBeVisible();
	await page.reload();
	await waitForHydration(page);
	await expect(biography).toHaveValue(text);
	await expect(biographyAudience).toHaveValue('board');
	await expect(topic).toBeChecked();

	// The board reads it on her page; the admin of another faction, like any member, does not.
	const ownPage = await page
		.getByRole('link', { name: 'So sehen andere Ihr Profil' })
		.getAttribute('href');
	expect(ownPage).toMatch(/^\/personen\//);
	const board = await pageAs('board');
	await board.goto(ownPage!);
	await expect(board.getByText(text)).toBeVisible();
	const factionAdmin = await pageAs('faction_admin');
	await factionAdmin.goto(ownPage!);
	await expect(
		factionAdmin.getByRole('heading', { level: 1, name: 'Mira Mitgliedermann' })
	).toBeVisible();
	await expect(factionAdmin.getByText(text)).toHaveCount(0);
	await expect(factionAdmin.getByRole('link', { name: 'Bearbeiten' })).toHaveCount(0);
});
