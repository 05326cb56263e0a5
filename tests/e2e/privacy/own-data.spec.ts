import { readFile } from 'node:fs/promises';
import { createInvitedAccount } from '../auth/invited-account';
import { expect, test } from '../support/fixtures';

// A freshly invited account: deleting a demo account would take it from every other spec.
test('a member downloads their data and deletes their account', async ({ pageAs, page }) => {
	const board = await pageAs('board');
	const account = await createInvitedAccount(board, page);

	// An entry in the directory too, so deletion has a person (without elected seat) to remove.
	await page.goto('/konto/profil');
	await page.getByRole('button', { name: 'Eintrag anlegen' }).click();
	await expect(page.getByRole('button', { name: 'Profil speichern' })).toBeVisible();

	await page.goto('/konto');
	await page
		.getByRole('navigation', { name: 'Bereiche Ihres Kontos' })
		.getByRole('link', { name: 'Meine Daten' })
		.click();
	await expect(page).toHaveURL(/\/konto\/daten$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Meine Daten' })).toBeVisible();

	let personId = '';
	await test.step('download', async () => {
		const downloading = page.waitForEvent('download');
		await page.getByRole('link', { name: 'Meine Daten herunterladen (JSON)' }).click();
		const download = await downloading;
		expect(download.suggestedFilename()).toMatch(
			/^kommunalnetz-meine-daten-\d{4}-\d{2}-\d{2}\.json$/
		);
		const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
		expect(data.account).toMatchObject({
			email: account.email,
			name: account.name,
			role: 'member'
		});
		expect(data.invitation).toMatchObject({ email: account.email, role: 'member' });
		expect(data.person).toMatchObject({ givenName: 'Paula', familyName: 'Probe' });
		personId = data.person.id;
		expect(data.sessions.length).toBeGreaterThanOrEqual(1);
		expect(data.mails.map((mail: { subject: string }) => mail.subject)).toContain(
			'Einladung ins Kommunalnetz'
		);
		expect(data.auditEntries.map((entry: { action: string }) => entry.action)).toContain(
			'user.invitation_accept'
		);
		// Nothing in it opens the account.
		const text = JSON.stringify(data);
		expect(text).not.toContain(account.password);
		expect(text).not.toMatch(/"(token|password|secret|backupCodes)"/);
	});

	await test.step('a wrong password deletes nothing', async () => {
		const form = page.getByRole('region', { name: 'Konto löschen' });
		await form.getByLabel('Ihr Passwort zur Bestätigung').fill('nicht-das-passwort');
		await form.getByRole('button', { name: 'Konto endgültig löschen' }).click();
		await expect(form.getByText('Das Passwort stimmt nicht.')).toBeVisible();
		await page.goto('/konto');
		await expect(page.getByText(`Angemeldet als ${account.email}`)).toBeVisible();
	});

	await test.step('deletion with the password', async () => {
		await page.goto('/konto/daten');
		const form = page.getByRole('region', { name: 'Konto löschen' });
		await expect(form.getByText('Das Löschen kann nicht rückgängig gemacht werden.')).toBeVisible();
		await form.getByLabel('Ihr Passwort zur Bestätigung').fill(account.password);
		await form.getByRole('button', { name: 'Konto endgültig löschen' }).click();
		await expect(page).toHaveURL(/\/konto-geloescht$/);
		await expect(
			page.getByRole('heading', { level: 1, name: 'Ihr Konto ist gelöscht' })
		).toBeVisible();
		await page.goto('/konto');
		await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fkonto$/);
	});

	await test.step('the board no longer finds the account or its address', async () => {
		await board.goto(`/verwaltung/personen?suche=${encodeURIComponent(account.email)}`);
		await expect(board.locator('main')).not.toContainText(account.email);
		await board.goto(`/verwaltung/protokoll?ziel=${encodeURIComponent(account.email)}`);
		await expect(board.locator('main')).not.toContainText(account.email);
		// Without an elected seat nothing of the directory entry remains.
		expect((await board.goto(`/personen/${personId}`))?.status()).toBe(404);
		await board.goto('/verwaltung/protokoll?aktion=user.delete');
		await expect(board.locator('main')).toContainText('Konto gelöscht');
	});
});

test('the last board member is told why the account must stay', async ({ pageAs }) => {
	// The demo has one board account; this reads the page only and never submits.
	const board = await pageAs('board');
	await board.goto('/konto/daten');
	const section = board.getByRole('region', { name: 'Konto löschen' });
	await expect(section).toContainText('letzte aktive Mitglied des Sprecher*innenrats');
	await expect(section.getByRole('button', { name: 'Konto endgültig löschen' })).toHaveCount(0);
});
