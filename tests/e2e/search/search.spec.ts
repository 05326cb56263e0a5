import { expect, test } from '../support/fixtures';

// A faction draft of Fraktion DIE LINKE (Kreistag Vorpommern-Greifswald) in the demo: Jonas's
// faction reads it, Mira (Rostock) and the public do not.
const DRAFT = 'Rufbus für die Dörfer – angepasste Fassung für Vorpommern-Greifswald (Entwurf)';

test('from the header box to results that follow the typing, marked words and a facet', async ({
	page
}) => {
	await page.goto('/');
	const header = page.getByRole('search', { name: 'Seite durchsuchen' });
	await header.getByRole('searchbox', { name: 'Suchbegriff' }).fill('Rufbus');
	await header.getByRole('button', { name: 'Suchen' }).click();
	await expect(page).toHaveURL(/\/suche\?q=Rufbus$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Suche' })).toBeVisible();
	const results = page.getByRole('list', { name: 'Treffer' });
	await expect(results.locator('mark').first()).toHaveText(/Rufbus/i);
	await expect(page.getByText(DRAFT)).toHaveCount(0);

	// Typing searches as you type: new results and count without a page load.
	const box = page.getByRole('search', { name: 'Suche und Filter' }).getByRole('searchbox');
	const status = page.getByRole('status');
	await box.fill('Kitas');
	await expect(page).toHaveURL(/\/suche\?q=Kitas$/);
	await expect(status).toHaveText(/^\d+ Treffer/);
	await expect(results.locator('mark').first()).toHaveText(/^Kita/i);
	const all = Number((await status.innerText()).match(/^\d+/)![0]);

	// A facet narrows at once and says how many it holds.
	const inquiries = page
		.getByRole('group', { name: 'Art' })
		.getByRole('checkbox', { name: /^Anfrage/ });
	const label = await page
		.getByRole('group', { name: 'Art' })
		.locator('label')
		.filter({ hasText: /^\s*Anfrage\b/ })
		.innerText();
	const count = Number(label.match(/(\d+)\s*$/)![1]);
	await inquiries.check();
	await expect(page).toHaveURL(/kind=inquiry/);
	await expect(status).toHaveText(new RegExp(`^${count} Treffer`));
	expect(count).toBeLessThan(all);
	await page.getByRole('combobox', { name: 'Sortieren nach' }).selectOption({ label: 'Datum' });
	await expect(page).toHaveURL(/sort=date/);
});

test('a faction draft is found by its faction only, in results and in the counts', async ({
	pageAs
}) => {
	const url = '/suche?q=Rufbus&status=draft';
	const faction = await pageAs('faction_admin');
	await faction.goto(url);
	await expect(faction.getByRole('link', { name: DRAFT })).toBeVisible();
	await expect(
		faction.getByRole('group', { name: 'Stand' }).getByRole('checkbox', { name: /^Entwurf/ })
	).toBeChecked();

	const member = await pageAs('member');
	await member.goto(url);
	await expect(member.getByRole('status')).toBeVisible();
	await expect(member.getByText(DRAFT)).toHaveCount(0);
});

test('without JavaScript the form searches and filters as a plain GET form', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('/suche');
	const form = page.getByRole('search', { name: 'Suche und Filter' });
	await form.getByRole('searchbox').fill('Schulen');
	await form.getByRole('button', { name: 'Suchen', exact: true }).click();
	await expect(page).toHaveURL(/q=Schulen/);
	await expect(page.getByRole('list', { name: 'Treffer' }).locator('mark').first()).toHaveText(
		/^Schul/i
	);
	await page
		.getByRole('group', { name: 'Art' })
		.getByRole('checkbox', { name: /^Antrag/ })
		.check();
	await page.getByRole('button', { name: 'Filter anwenden' }).click();
	await expect(page).toHaveURL(/kind=motion/);
	await expect(
		page.getByRole('group', { name: 'Art' }).getByRole('checkbox', { name: /^Antrag/ })
	).toBeChecked();
	await context.close();
});
