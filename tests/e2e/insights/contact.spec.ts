/**
 * "Wer macht was?" → contact form: a member writes to someone whose address only the board may
 * see. The mail reaches the stored address with the member as Reply-To; the address itself never
 * appears on any page the member sees.
 */
import type { Page } from '@playwright/test';
import { DEMO_DIRECTORY } from '../../../src/lib/server/demo/data/directory';
import { storageStateFor } from '../support/accounts';
import { e2e } from '../support/environment';
import { expect, test } from '../support/fixtures';
import { waitForMail } from '../support/mail';

/** Demo people with topics a member sees but an address for the board only. */
const HIDDEN = DEMO_DIRECTORY.people.filter(
	(person) =>
		person.account === null &&
		person.email !== null &&
		person.emailVisibility === 'board' &&
		person.topicsVisibility !== 'board' &&
		person.topics.length > 0
);

async function writeTo(page: Page, name: string, subject: string, message: string) {
	await page.getByRole('textbox', { name: 'Betreff' }).fill(subject);
	await page.getByRole('textbox', { name: 'Nachricht' }).fill(message);
	await page.getByRole('button', { name: 'Nachricht senden' }).click();
	await expect(page.getByRole('status')).toContainText(`Ihre Nachricht an ${name} ist unterwegs`);
}

test('über „Wer macht was?“ eine Person anschreiben, deren Adresse verborgen ist', async ({
	pageAs
}) => {
	const recipient = HIDDEN[0]!;
	const name = `${recipient.givenName} ${recipient.familyName}`;
	const page = await pageAs('member');
	const since = new Date();

	await page.goto('/wer-macht-was');
	await page.getByRole('combobox', { name: 'Thema' }).selectOption(recipient.topics[0]!);
	await page.getByRole('button', { name: 'Anzeigen' }).click();
	await expect(page).toHaveURL(new RegExp(`thema=${recipient.topics[0]}`));
	await page
		.getByRole('link', { name: `Nachricht schreiben an ${name}` })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 1, name: `Nachricht an ${name}` })).toBeVisible();
	expect(await page.content()).not.toContain(recipient.email!);

	// Bad input first: German messages at the fields, nothing typed is lost, nothing sent.
	await page.getByRole('textbox', { name: 'Nachricht' }).fill('Zu kurz');
	await page.getByRole('button', { name: 'Nachricht senden' }).click();
	await expect(page.getByText('Bitte einen Betreff angeben.')).toBeVisible();
	await expect(page.getByText(/mindestens 20 Zeichen/).last()).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Nachricht' })).toHaveValue('Zu kurz');

	const message =
		'Hallo, wir planen einen Antrag zum Thema und würden gern von euren Erfahrungen lernen.';
	await writeTo(page, name, 'Austausch zum Antrag', message);
	expect(await page.content()).not.toContain(recipient.email!);

	const mail = await waitForMail(
		recipient.email!,
		'Nachricht von Mira Mitgliedermann: Austausch zum Antrag',
		{
			since
		}
	);
	expect(mail.text).toContain(message);
	expect(mail.headers['reply-to']).toContain('mitglied@example.org');
});

test('das Kontaktformular funktioniert ohne JavaScript', async ({ browser }) => {
	const recipient = HIDDEN[1] ?? HIDDEN[0]!;
	const name = `${recipient.givenName} ${recipient.familyName}`;
	const context = await browser.newContext({
		baseURL: e2e().demo.url,
		storageState: await storageStateFor(browser, 'member'),
		javaScriptEnabled: false
	});
	try {
		const page = await context.newPage();
		const since = new Date();
		await page.goto(`/wer-macht-was?thema=${recipient.topics[0]}`);
		await page
			.getByRole('link', { name: `Nachricht schreiben an ${name}` })
			.first()
			.click();
		await writeTo(
			page,
			name,
			'Ohne Skript',
			'Diese Nachricht kommt über ein ganz normales Formular.'
		);
		expect(await page.content()).not.toContain(recipient.email!);
		await waitForMail(recipient.email!, 'Nachricht von Mira Mitgliedermann: Ohne Skript', {
			since
		});
	} finally {
		await context.close();
	}
});
