/**
 * The Landtag was elected on 20.09.2026; the first day of its new Wahlperiode (the constituent
 * session) is not in the verified data, so the board enters it. The test removes the term again,
 * so the shared demo instance stays as the other specs expect it.
 */
import { expect, test } from '../support/fixtures';

test('der Sprecher*innenrat legt die neue Wahlperiode des Landtags an', async ({ pageAs }) => {
	const board = await pageAs('board');
	await board.goto('/verwaltung');
	await board.getByRole('link', { name: /^Wahlperioden/ }).click();
	await expect(board.getByRole('heading', { level: 1, name: 'Wahlperioden' })).toBeVisible();

	const landtag = board.getByRole('region', { name: 'Landtag Mecklenburg-Vorpommern' });
	await landtag.getByText('Neue Wahlperiode').click();
	const name = landtag.getByRole('textbox', { name: 'Name' });
	await name.fill('9. Wahlperiode');
	await landtag.getByLabel('Beginn').fill('2026-10-27');
	await landtag.getByLabel('Ende', { exact: true }).fill('2026-10-01');
	await landtag.getByRole('button', { name: 'Anlegen' }).click();
	await expect(landtag.getByText('Das Ende muss nach dem Beginn liegen.')).toBeVisible();
	await expect(name).toHaveValue('9. Wahlperiode');

	await landtag.getByLabel('Ende', { exact: true }).fill('');
	await landtag.getByRole('button', { name: 'Anlegen' }).click();
	await expect(landtag.getByText('„9. Wahlperiode“ ist angelegt.')).toBeVisible();
	const terms = landtag.getByRole('list', { name: 'Wahlperioden' });
	await expect(terms.getByRole('listitem')).toHaveCount(1);
	await expect(terms).toContainText('27.10.2026 – offen');
	await expect(board.getByRole('region', { name: 'Übersicht' })).toContainText('9. Wahlperiode');

	// Still without seats, so it can go again.
	await landtag.getByText('Bearbeiten: 9. Wahlperiode').click();
	// The name's context is visually hidden text; browsers join it with a space.
	await landtag.getByRole('button', { name: /^Wahlperiode löschen\s*: 9\. Wahlperiode$/ }).click();
	const question = board.getByRole('alertdialog', { name: 'Wahlperiode löschen?' });
	await question.getByRole('button', { name: 'Endgültig löschen' }).click();
	await expect(landtag.getByText('„9. Wahlperiode“ ist gelöscht.')).toBeVisible();
	await expect(landtag.getByText('Noch keine Wahlperiode.')).toBeVisible();
});
