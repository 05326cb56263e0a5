import { expect, test } from '../support/fixtures';

/**
 * The public face of the imported council data (demo: a slice of the Hürtgenwald fixture, see
 * src/lib/server/demo/seed-ratsinfo.ts): a word of a council paper found in the one search leads
 * to the paper with its consultation and its file, on to the council's page and its calendar.
 * Every page visited here is also analysed with axe (the access table only knows unknown ids).
 */
const PAPER = /Fahrbahnsanierung der L 11/;

test('from the search to a council paper, its council and the council’s meeting calendar', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/');
	const header = page.getByRole('search', { name: 'Seite durchsuchen' });
	await header.getByRole('searchbox', { name: 'Suchbegriff' }).fill('Kallstraße');
	await header.getByRole('button', { name: 'Suchen' }).click();
	const results = page.getByRole('list', { name: 'Treffer' });
	await results
		.getByRole('listitem')
		.filter({ hasText: PAPER })
		// admin-sources.spec.ts imports the same council under another name on this instance.
		.filter({ hasNotText: 'Testsystem' })
		.locator('a[href^="/ratsinfo/vorlagen/"]')
		.first()
		.click();

	// The paper: reference and type, how it went through the Gremien, its file as our copy.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(PAPER);
	await expect(page.getByText('159/2020', { exact: true })).toBeVisible();
	const consultations = page.getByRole('list', { name: 'Beratungsfolge' });
	await expect(consultations).toContainText('Ausschuss für Gemeindeentwicklung und Nachhaltigkeit');
	const meetingLink = consultations.locator('a[href^="/ratsinfo/sitzungen/"]').first();
	await expect(meetingLink).toBeVisible();
	const file = page.getByRole('list', { name: 'Dateien der Vorlage' }).getByRole('link').first();
	const fileHref = await file.getAttribute('href');
	expect(fileHref).toMatch(/^\/ratsinfo\/dateien\//);
	const download = await page.request.get(fileHref!);
	expect(download.status()).toBe(200);
	expect(download.headers()['content-type']).toBe('application/pdf');

	// The council: its meetings by month, its papers, its Gremien, and the calendar to subscribe.
	await page
		.getByRole('navigation', { name: 'Brotkrumen' })
		.getByRole('link', { name: 'Gemeinde Hürtgenwald' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gemeinde Hürtgenwald');
	await expect(page.getByRole('heading', { level: 2, name: 'Kommende Sitzungen' })).toBeVisible();
	await expect(page.getByRole('list', { name: /^Vorlagen von/ }).getByRole('link')).toHaveCount(20);
	await expect(page.getByRole('list', { name: 'Aktuelle Gremien' })).toContainText('Gemeinderat');
	const ical = page.getByRole('link', { name: 'Sitzungskalender abonnieren (iCal)' });
	const calendar = await page.request.get((await ical.getAttribute('href'))!);
	expect(calendar.status()).toBe(200);
	expect(calendar.headers()['content-type']).toBe('text/calendar; charset=utf-8');
	const body = await calendar.text();
	expect(body).toContain('BEGIN:VCALENDAR');
	expect(body).toContain('Gemeinderat');

	// The meeting calendar list links each meeting; the agenda shows its items.
	await page.getByRole('group', { name: 'Kommende Sitzungen' }).getByRole('link').first().click();
	await expect(page.getByRole('heading', { level: 2, name: 'Tagesordnung' })).toBeVisible();
	await expect(
		page.getByRole('list', { name: 'Tagesordnungspunkte' }).getByRole('listitem').first()
	).toBeVisible();
});
