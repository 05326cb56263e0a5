import { randomBytes } from 'node:crypto';
import { expect, test } from '../support/fixtures';

/** Word's clipboard HTML for a heading and a two-level bullet list (shortened, real markup). */
const WORD_HTML = `<h2>Beschlussvorschlag<o:p></o:p></h2>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Trinkbrunnen an Schulen<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'>o<span>&nbsp;&nbsp; </span></span><![endif]>zuerst an Grundschulen<o:p></o:p></p>`;

test('a faction drafts a motion pasted from Word, files it; another member takes it over and adopts it; the lineage shows on both', async ({
	pageAs
}) => {
	const title = `Trinkbrunnen für alle Schulen ${randomBytes(3).toString('hex')}`;
	const faction = await pageAs('faction_admin');
	await faction.goto('/antraege/neu');
	await faction.getByLabel('Titel').fill(title);
	const text = faction.getByLabel('Text', { exact: true });
	await text.focus();
	await text.evaluate((element, html) => {
		const data = new DataTransfer();
		data.setData('text/html', html);
		data.setData('text/plain', 'Beschlussvorschlag Trinkbrunnen an Schulen zuerst an Grundschulen');
		element.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
		);
	}, WORD_HTML);
	await expect(text).toHaveValue(
		'## Beschlussvorschlag\n\n-   Trinkbrunnen an Schulen\n    -   zuerst an Grundschulen'
	);
	await faction.getByRole('button', { name: 'Antrag anlegen' }).click();
	await expect(faction.getByRole('heading', { level: 1, name: title })).toBeVisible();
	// The second level stays a list inside the list.
	await expect(faction.locator('li li', { hasText: 'zuerst an Grundschulen' })).toBeVisible();
	const draftUrl = new URL(faction.url()).pathname;

	// A draft is the faction's: Mira sits for another faction and gets the same 404 as for nothing.
	const member = await pageAs('member');
	const hidden = await member.goto(draftUrl);
	expect(hidden?.status()).toBe(404);

	await faction.getByRole('link', { name: 'Bearbeiten' }).click();
	await faction.getByLabel('Stand').selectOption('filed');
	await faction.getByLabel('Eingereicht am').fill('2026-03-02');
	await faction.getByRole('button', { name: 'Speichern' }).click();
	await expect(faction).toHaveURL(draftUrl);
	await expect(faction.getByText('eingereicht', { exact: true }).first()).toBeVisible();

	// Filed, the network reads it: Mira takes it over as her own draft and records the outcome.
	await member.goto(draftUrl);
	await member.getByRole('button', { name: 'Übernehmen' }).click();
	await expect(member.getByText(/Übernommen: ein eigener Entwurf/)).toBeVisible();
	await expect(member.getByLabel('Titel')).toHaveValue(title);
	await member.getByLabel('Stand').selectOption('adopted');
	await member.getByLabel('Eingereicht am').fill('2026-04-01');
	await member.getByLabel('Entschieden am').fill('2026-05-06');
	await member.getByLabel('Ja-Stimmen').fill('25');
	await member.getByLabel('Nein-Stimmen').fill('10');
	await member.getByRole('button', { name: 'Speichern' }).click();
	await expect(member.getByText('25 dafür, 10 dagegen, 0 Enthaltungen')).toBeVisible();
	const herkunft = member.getByRole('region', { name: 'Herkunft' });
	await expect(herkunft.getByRole('link', { name: title })).toHaveAttribute('href', draftUrl);
	const reuseUrl = new URL(member.url()).pathname;

	await faction.goto(draftUrl);
	const reused = faction.getByRole('region', { name: 'Weiterverwendet' });
	await expect(reused.getByText('in 1 Kommune eingebracht, 1 beschlossen')).toBeVisible();
	await expect(reused.getByRole('link', { name: title })).toHaveAttribute('href', reuseUrl);
});
