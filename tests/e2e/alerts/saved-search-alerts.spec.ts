import { randomBytes } from 'node:crypto';
import { expect, test, waitForHydration } from '../support/fixtures';
import { DEMO_ACCOUNTS } from '../support/accounts';
import { linkIn, waitForMail } from '../support/mail';

const MIRA = DEMO_ACCOUNTS.member;

test('a member saves a search, a new members-only motion is mailed at once and in her private feed, a draft is not; the mail’s unsubscribe link works signed out', async ({
	pageAs,
	page
}) => {
	// A word no demo motion contains, so the search finds only this test's motions.
	const word = `Quellwasserschutz${randomBytes(3).toString('hex')}`;
	const member = await pageAs('member');

	// "Suche speichern" on the search page carries its words and filters to the form.
	await member.goto(`/suche?q=${word}&kind=motion`);
	await member
		.getByRole('link', { name: 'Suche speichern und bei neuen Treffern benachrichtigen' })
		.click();
	await expect(member).toHaveURL(`/konto/suchen?q=${word}&kind=motion`);
	await waitForHydration(member);
	await expect(member.getByRole('heading', { name: 'Diese Suche speichern' })).toBeVisible();
	await expect(
		member
			.getByRole('region', { name: 'Diese Suche speichern' })
			.getByText('Antrag', { exact: true })
	).toBeVisible();
	await member.getByRole('textbox', { name: 'Name' }).fill(`Quellwasser ${word}`);
	await member
		.getByRole('combobox', { name: 'Mails bei neuen Treffern' })
		.selectOption({ label: 'Sofort bei neuen Treffern' });
	await member.getByRole('button', { name: 'Suche speichern' }).click();
	await expect(member.getByText(`Die Suche „Quellwasser ${word}“ ist gespeichert.`)).toBeVisible();
	const saved = member.getByRole('article', { name: `Quellwasser ${word}` });
	const feedUrl = new URL(
		await saved.getByRole('textbox', { name: 'Feed-Adresse (Atom)' }).inputValue()
	);
	expect(feedUrl.pathname).toMatch(/^\/feeds\/suche\/[A-Za-z0-9_-]{43}\.xml$/);

	// Jonas writes a draft only he reads, then a motion for the whole network.
	const faction = await pageAs('faction_admin');
	const since = new Date(Date.now() - 1000);
	for (const [title, visibility] of [
		[`Entwurf: ${word} in allen Gemeinden`, 'faction'],
		[`${word}: Brunnen sanieren`, 'members']
	] as const) {
		const created = await faction.request.post('/api/v1/motions', {
			data: {
				type: 'motion',
				title,
				text: `Wir beantragen ${word}.`,
				justification: '',
				topics: [],
				visibility
			}
		});
		expect(created.status()).toBe(201);
	}

	const mail = await waitForMail(MIRA, `Neu zu „Quellwasser ${word}“: ${word}: Brunnen sanieren`, {
		since
	});
	expect(mail.text).not.toContain('Entwurf');
	expect(mail.headers['list-unsubscribe']).toMatch(/\/abbestellen\/suche\//);

	// The feed needs no session: its address acts as Mira, so it holds her motion, not the draft.
	const feed = await page.request.get(feedUrl.pathname);
	expect(feed.status()).toBe(200);
	expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
	const xml = await feed.text();
	expect(xml).toContain(`${word}: Brunnen sanieren`);
	expect(xml).not.toContain('Entwurf');

	// Signed out, from the mail: ask first, then stop; the search and its feed stay.
	await page.goto(new URL(linkIn(mail, /\/abbestellen\/suche\//)).pathname);
	await expect(
		page.getByText(
			`Möchten Sie keine Mails mehr zur gespeicherten Suche „Quellwasser ${word}“ erhalten?`
		)
	).toBeVisible();
	await page.getByRole('button', { name: 'Ja, abbestellen' }).click();
	await expect(
		page.getByText(
			`Erledigt: Sie erhalten keine Mails mehr zur gespeicherten Suche „Quellwasser ${word}“.`
		)
	).toBeVisible();
	await member.reload();
	await waitForHydration(member);
	await expect(saved.locator('p', { hasText: 'Mails: Keine Mails (nur Feed)' })).toBeVisible();

	// A new address closes the old one.
	await saved.getByRole('button', { name: 'Neue Feed-Adresse' }).click();
	await expect(saved.getByText('Der Feed hat eine neue Adresse.', { exact: false })).toBeVisible();
	expect((await page.request.get(feedUrl.pathname)).status()).toBe(404);
});
