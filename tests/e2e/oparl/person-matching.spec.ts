/**
 * Council watch, matching: the demo's council system knows a Kreistag member of the directory
 * (with a title the directory does not write) and her or his new committee seat. The board
 * confirms the suggestion; the person's public page shows the seat. No council seat is added
 * (wir-in-zahlen counts those): the Kreistag and faction seats are only linked.
 */
import { DEMO_OPARL_NEW_SEAT } from '../../../src/lib/server/demo/data/oparl-matching';
import { expect, test } from '../support/fixtures';

test('der Sprecher*innenrat bestätigt eine Zuordnung, das neue Mandat steht im Verzeichnis', async ({
	page,
	pageAs
}) => {
	const board = await pageAs('board');
	await board.goto('/verwaltung/ratsinfo/abgleich');
	await expect(
		board.getByRole('heading', { level: 1, name: 'Abgleich mit dem Verzeichnis' })
	).toBeVisible();

	const card = board.getByRole('article').filter({ hasText: DEMO_OPARL_NEW_SEAT.committee });
	await expect(card).toHaveCount(1);
	await expect(card).toContainText(
		`neu: ${DEMO_OPARL_NEW_SEAT.committee}, Mitglied, seit 15.01.2025`
	);
	const directoryLink = card.getByRole('region', { name: 'Im Verzeichnis' }).getByRole('link');
	const name = (await directoryLink.innerText()).trim();
	const personPath = (await directoryLink.getAttribute('href'))!;
	await expect(card.getByRole('heading', { level: 3 })).toHaveText(`Dr. ${name} ↔ ${name}`);

	// Before: the public page shows the Kreistag seat, not the committee.
	await page.goto(personPath);
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	await expect(page.getByText(DEMO_OPARL_NEW_SEAT.committee)).toHaveCount(0);

	await card.getByRole('button', { name: `Zuordnung Dr. ${name} und ${name} bestätigen` }).click();
	await expect(board.getByRole('status')).toContainText(
		`Zuordnung Dr. ${name} und ${name} bestätigt; 3 Änderungen an Mandaten übernommen.`
	);
	await board.getByRole('link', { name: 'Bestätigt' }).click();
	await expect(
		board.getByRole('button', { name: `Zuordnung Dr. ${name} und ${name} lösen` })
	).toBeVisible();

	await page.reload();
	await expect(page.getByText(DEMO_OPARL_NEW_SEAT.committee)).toBeVisible();
});
