/**
 * The Landtag exchange and motion comments through the UI: the Landtag faction (the demo board)
 * asks the councils, a faction answers from the mail; a member proposes a topic, the Landtag
 * faction answers it in its inbox; members report their experience on a motion, the public sees
 * none of it. Rules per role in detail: Vitest (src/lib/server/landtag, motions/comments).
 */
import { randomBytes } from 'node:crypto';
import { expect, test } from '../support/fixtures';
import { DEMO_ACCOUNTS } from '../support/accounts';
import { linkIn, waitForMail } from '../support/mail';

const suffix = () => randomBytes(3).toString('hex');

/** A deadline a month ahead, as the date field takes it. */
function deadlineAhead(): { value: string; shown: string } {
	const day = new Date(Date.now() + 30 * 86_400_000);
	const value = day.toISOString().slice(0, 10);
	const [year, month, date] = value.split('-');
	return { value, shown: `${date}.${month}.${year}` };
}

test('the Landtag faction asks for feedback; a faction admin answers from the mail, members read it', async ({
	pageAs
}) => {
	const title = `Kleine Anfrage Schulbus ${suffix()}`;
	const deadline = deadlineAhead();
	const board = await pageAs('board');
	await board.goto('/landtag');
	await board.getByRole('link', { name: 'Initiative vorstellen' }).click();
	await board.getByRole('combobox', { name: 'Art' }).selectOption({ label: 'Kleine Anfrage' });
	await board.getByRole('textbox', { name: 'Titel' }).fill(title);
	await board
		.getByRole('textbox', { name: 'Worum es geht (Markdown)' })
		.fill('Wir fragen nach den **Kosten** der Schülerbeförderung.');
	await board
		.getByRole('textbox', { name: 'Frage an die Fraktionen' })
		.fill('Was kostet sie bei euch?');
	// A question without a deadline is refused, and nothing typed is lost.
	const since = new Date(Date.now() - 1000);
	await board.getByRole('button', { name: 'Veröffentlichen' }).click();
	await expect(board.getByText('Bitte eine Frist für die Rückmeldungen angeben.')).toBeVisible();
	await expect(board.getByRole('textbox', { name: 'Titel' })).toHaveValue(title);
	await board.getByLabel('Antworten bis einschließlich').fill(deadline.value);
	await board.getByRole('button', { name: 'Veröffentlichen' }).click();
	await expect(board.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(board.getByText(`Antworten bis einschließlich ${deadline.shown}`)).toBeVisible();

	const mail = await waitForMail(
		DEMO_ACCOUNTS.faction_admin,
		`Rückmeldung bis ${deadline.shown}: ${title}`,
		{
			since
		}
	);
	expect(mail.text).toContain('Was kostet sie bei euch?');
	const link = new URL(linkIn(mail, /\/landtag\/initiativen\//));

	const faction = await pageAs('faction_admin');
	await faction.goto(link.pathname);
	await faction
		.getByRole('textbox', { name: 'Rückmeldung Ihrer Fraktion (Markdown)' })
		.fill('Rund **1,2 Mio. Euro** im Jahr.');
	await faction.getByRole('button', { name: 'Rückmeldung senden' }).click();
	await expect(faction.getByText('Ihre Rückmeldung ist gespeichert.')).toBeVisible();
	// One answer per faction: the form now changes it.
	await expect(faction.getByRole('button', { name: 'Änderung speichern' })).toBeVisible();

	const member = await pageAs('member');
	await member.goto('/landtag');
	await member.getByRole('link', { name: title }).click();
	const answer = member.getByRole('article').filter({ hasText: 'Kreistag Vorpommern-Greifswald' });
	await expect(answer.locator('strong')).toHaveText('1,2 Mio. Euro');
	await expect(member.getByRole('link', { name: 'Bearbeiten' })).toHaveCount(0);
});

test('a member proposes a topic; the Landtag faction sets its status in the inbox, the proposer hears of it', async ({
	pageAs
}) => {
	const title = `Landesprogramm Dorfläden ${suffix()}`;
	const member = await pageAs('member');
	await member.goto('/landtag');
	await member.getByRole('link', { name: 'Thema vorschlagen' }).click();
	await member.getByRole('textbox', { name: 'Thema' }).fill(title);
	await member
		.getByRole('textbox', { name: 'Beschreibung (Markdown)' })
		.fill('Ohne Förderung schließen die letzten Läden.');
	const since = new Date(Date.now() - 1000);
	await member.getByRole('button', { name: 'Vorschlag senden' }).click();
	await expect(
		member.getByText('Ihr Vorschlag ist bei der Landtagsfraktion angekommen.')
	).toBeVisible();
	await expect(member.getByRole('listitem').filter({ hasText: title })).toContainText('neu');

	const notice = await waitForMail(DEMO_ACCOUNTS.board, `Neuer Themenvorschlag: ${title}`, {
		since
	});
	const proposalPath = new URL(linkIn(notice, /\/landtag\/vorschlaege\//)).pathname;

	// Another municipal faction does not see it.
	const otherFaction = await pageAs('faction_admin');
	const hidden = await otherFaction.goto(proposalPath);
	expect(hidden?.status()).toBe(404);

	const board = await pageAs('board');
	await board.goto('/landtag/vorschlaege?stand=new');
	await board.getByRole('link', { name: title }).click();
	await board.getByRole('combobox', { name: 'Stand' }).selectOption({ label: 'aufgegriffen' });
	await board
		.getByRole('textbox', { name: 'Antwort an die Fraktion (Markdown)' })
		.fill('Wir stellen eine **Kleine Anfrage**.');
	await board.getByRole('button', { name: 'Speichern' }).click();
	await expect(board.getByText('Gespeichert.')).toBeVisible();

	const reply = await waitForMail(
		DEMO_ACCOUNTS.member,
		`Ihr Themenvorschlag ist jetzt „aufgegriffen“: ${title}`,
		{ since }
	);
	expect(reply.text).toContain('Wir stellen eine **Kleine Anfrage**.');
	await member.goto(proposalPath);
	await expect(member.getByRole('main')).toContainText('Stand: aufgegriffen');
	await expect(member.locator('strong', { hasText: 'Kleine Anfrage' })).toBeVisible();
	await expect(member.getByRole('button', { name: 'Speichern' })).toHaveCount(0);
});

test('members report their experience on a motion; the public sees that members talk, not what', async ({
	pageAs,
	page
}) => {
	const member = await pageAs('member');
	const response = await member.request.get('/api/v1/search?q=Schule&type=motion');
	const { items } = (await response.json()) as { items: { url: string }[] };
	// A public motion: the anonymous visitor opens it too.
	let motionPath: string | null = null;
	for (const item of items) {
		const path = new URL(item.url, 'http://x.invalid').pathname;
		if ((await page.request.get(path, { maxRedirects: 0 })).status() === 200) {
			motionPath = path;
			break;
		}
	}
	expect(motionPath, 'eine öffentliche Demo-Drucksache zu Schule').not.toBeNull();

	const report = `Bei uns mit 23 zu 4 beschlossen ${suffix()}`;
	await member.goto(motionPath!);
	const comments = member.getByRole('region', { name: 'Kommentare und Erfahrungsberichte' });
	await comments.getByRole('radio', { name: 'Erfahrungsbericht' }).check();
	await comments.getByRole('textbox', { name: 'Ihr Text (Markdown)' }).fill(`**${report}**`);
	await comments.getByRole('button', { name: 'Veröffentlichen' }).click();
	const mine = member.getByRole('article').filter({ hasText: report });
	await expect(mine.locator('strong', { hasText: report })).toBeVisible();
	await expect(mine).toContainText('Erfahrungsbericht');
	await expect(member).toHaveURL(/#kommentar-/);

	await page.goto(motionPath!);
	const outside = page.getByRole('region', { name: 'Kommentare und Erfahrungsberichte' });
	await expect(outside.getByRole('link', { name: 'Anmelden' })).toBeVisible();
	await expect(page.getByText(report)).toHaveCount(0);
});
