import { DEMO_ACCOUNTS } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { linkIn, waitForMail } from '../support/mail';

/** Berlin wall-clock value of a datetime-local field, some days ahead. */
function daysAhead(days: number, time: string): string {
	const day = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
	const ymd = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(day);
	return `${ymd}T${time}`;
}

test('capacity 2 and three registrations: the third waits, moves up on a cancellation and gets a mail', async ({
	pageAs
}) => {
	// Four people's pages and a mail through the job queue, on a shared 2-core machine.
	test.setTimeout(240_000);
	const since = new Date();
	const title = `Werkstatt Kita-Satzung ${since.getTime()}`;

	const board = await pageAs('board');
	await board.goto('/verwaltung/veranstaltungen/neu');
	await board.getByRole('textbox', { name: 'Titel', exact: true }).fill(title);
	await board.getByLabel('Art').selectOption('training');
	await board.getByLabel('Beginn').fill(daysAhead(9, '17:00'));
	await board.getByLabel('Ende').fill(daysAhead(9, '19:00'));
	await board.getByLabel('Ort mit Adresse').fill('Stralsund, Alter Markt 1');
	await board.getByLabel('Zugangslink (online)').fill('https://konferenz.example.org/kita-e2e');
	await board.getByLabel('Plätze').fill('2');
	await board.getByRole('button', { name: 'Veranstaltung anlegen' }).click();
	await expect(board.getByRole('heading', { level: 1 })).toHaveText(title);
	const eventId = /\/verwaltung\/veranstaltungen\/([0-9a-f-]{36})/.exec(board.url())![1]!;
	const eventPath = `/veranstaltungen/${eventId}`;

	const member = await pageAs('member');
	const faction = await pageAs('faction_admin');
	for (const page of [member, faction]) {
		await page.goto(eventPath);
		await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
		await expect(page.getByText('Sie sind angemeldet.', { exact: true })).toBeVisible();
	}
	// A seat shows the join link.
	await expect(
		member.getByRole('link', { name: 'https://konferenz.example.org/kita-e2e' })
	).toBeVisible();

	const interested = await pageAs('interested');
	await interested.goto(eventPath);
	await expect(interested.getByText('2 Plätze, alle vergeben.')).toBeVisible();
	await expect(interested.getByText('konferenz.example.org/kita-e2e')).toHaveCount(0);
	await interested.getByRole('button', { name: 'Auf die Warteliste' }).click();
	await expect(interested.getByText(/Sie stehen auf der Warteliste, Platz 1\./)).toBeVisible();

	await member.getByRole('button', { name: 'Teilnahme absagen' }).click();
	const question = member.getByRole('alertdialog', { name: 'Teilnahme absagen?' });
	await expect(question).toContainText('rückt die nächste Person nach');
	await question.getByRole('button', { name: 'Absagen' }).click();
	await expect(member.getByText('Sie sind abgemeldet.', { exact: false })).toBeVisible();

	const mail = await waitForMail(DEMO_ACCOUNTS.interested, `Sie sind angemeldet: ${title}`, {
		since
	});
	expect(mail.text).toContain('https://konferenz.example.org/kita-e2e');
	expect(linkIn(mail, /\/veranstaltungen\//)).toContain(eventPath);

	await interested.reload();
	await expect(interested.getByText('Sie sind angemeldet.', { exact: true })).toBeVisible();
	await board.goto(`/verwaltung/veranstaltungen/${eventId}`);
	await expect(board.getByRole('row', { name: /Mira Mitgliedermann.*Abgemeldet/ })).toBeVisible();
	await expect(board.getByText('2 angemeldet von 2 Plätzen, 0 auf der Warteliste.')).toBeVisible();
});
