/**
 * The board keeps the topic list: add, rename, reorder, archive, restore. Members are offered
 * exactly the topics that are not archived.
 */
import { expect, test } from '../support/fixtures';

test('der Sprecher*innenrat pflegt die Themenliste', async ({ pageAs }) => {
	const board = await pageAs('board');
	await board.goto('/verwaltung');
	await board.getByRole('link', { name: /^Themen/ }).click();
	await expect(board.getByRole('heading', { level: 1, name: 'Themen' })).toBeVisible();

	// Without a name: German message, nothing added.
	await board.getByRole('button', { name: 'Hinzufügen' }).click();
	await expect(board.getByText('Bitte einen Namen für das Thema angeben.')).toBeVisible();

	const suffix = Date.now() % 1_000_000;
	const name = `Häfen ${suffix}`;
	await board.getByRole('textbox', { name: 'Name' }).first().fill(name);
	await board.getByRole('button', { name: 'Hinzufügen' }).click();
	await expect(board.getByText(`„${name}“ steht jetzt am Ende der Liste.`)).toBeVisible();
	const offered = board.getByRole('list', { name: /Angebotene Themen/ }).getByRole('listitem');
	await expect(offered.last()).toContainText(name);

	// One step up.
	await board.getByRole('button', { name: `„${name}“ nach oben` }).click();
	await expect(offered.nth(-2)).toContainText(name);

	// Rename.
	const renamed = `Häfen und Küste ${suffix}`;
	await board.getByText(`Umbenennen: ${name}`).click();
	const item = offered.filter({ hasText: name });
	await item.getByRole('textbox', { name: 'Name' }).fill(renamed);
	await item.getByRole('button', { name: 'Speichern' }).click();
	await expect(offered.filter({ hasText: renamed })).toHaveCount(1);

	// Members are offered it …
	const member = await pageAs('member');
	await member.goto('/konto/profil');
	await expect(member.getByRole('checkbox', { name: renamed })).toHaveCount(1);

	// … until it is archived; restoring offers it again.
	await board.getByRole('button', { name: `Archivieren: ${renamed}` }).click();
	const archived = board.getByRole('list', { name: /Archiviert/ });
	await expect(archived.getByRole('listitem').filter({ hasText: renamed })).toHaveCount(1);
	await expect(offered.filter({ hasText: renamed })).toHaveCount(0);
	await member.reload();
	await expect(member.getByRole('checkbox', { name: renamed })).toHaveCount(0);

	await board.getByRole('button', { name: `Wiederherstellen: ${renamed}` }).click();
	await expect(offered.filter({ hasText: renamed })).toHaveCount(1);
});
