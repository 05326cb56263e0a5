/**
 * The board imports people and mandates from a CSV file: a broken row is named by line and
 * column and nothing is written; the corrected file shows a preview, then imports; the same file
 * again changes nothing. The export offers the same format.
 */
import { randomBytes } from 'node:crypto';
import { DEMO_GRETA } from '../../../src/lib/server/demo/data/directory-fixtures';
import { expect, test } from '../support/fixtures';

const HEADER =
	'Vorname;Nachname;E-Mail;Telefon;Gebietskörperschaft;Gremium;Fraktion;Funktion;Themen;Beginn;Ende;E-Mail sichtbar';

/** Letters only, so the invented names stay names; unique per run and retry. */
function tag(): string {
	return [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
}

function file(rows: string[]) {
	return {
		name: 'mandate.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('\uFEFF' + [HEADER, ...rows].join('\r\n') + '\r\n')
	};
}

test('der Vorstand sieht die fehlerhafte Zeile, korrigiert die Datei und importiert', async ({
	pageAs
}) => {
	const page = await pageAs('board');
	const id = tag();
	const family = `Importtest${id[0]!.toUpperCase()}${id.slice(1)}`;
	// Deputies, not members: elected seats would change the counts that wir-in-zahlen.spec.ts
	// checks against the demo data while both run on the same instance.
	const rows = (start: string) => [
		`Ilse;${family};ilse.${id}@example.org;0385 5559911;Landeshauptstadt Schwerin;Stadtvertretung Schwerin;Fraktion DIE LINKE;Stellvertretendes Mitglied;Wohnen|Kultur;09.06.2024;;Mitglieder`,
		`Kurt;${family};kurt.${id}@example.org;;Greifswald;Stadtvertretung Greifswald;Fraktion DIE LINKE;Stellvertretendes Mitglied;Sport;${start};;Vorstand`
	];

	await page.goto('/verwaltung');
	await page.getByRole('link', { name: 'Import und Export' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Personen und Mandate importieren' })
	).toBeVisible();

	await page.getByLabel('CSV-Datei').setInputFiles(file(rows('31.02.2024')));
	await page.getByRole('button', { name: 'Prüfen' }).click();
	await expect(page.getByRole('heading', { name: /1 Problem in mandate\.csv/ })).toBeVisible();
	await expect(
		page.getByText(
			'Zeile 3, Spalte Beginn: „31.02.2024“ ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT).'
		)
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Jetzt importieren' })).toHaveCount(0);

	await page.getByLabel('CSV-Datei').setInputFiles(file(rows('2024-06-09')));
	await page.getByRole('button', { name: 'Prüfen' }).click();
	const preview = page.getByRole('region', { name: /Vorschau: mandate\.csv/ });
	await expect(preview.getByText('2 neu, 0 geändert, 0 unverändert')).toHaveCount(2);
	await expect(preview.getByRole('cell', { name: `Kurt ${family}` })).toBeVisible();
	await preview.getByRole('button', { name: 'Jetzt importieren' }).click();
	await expect(
		page.getByText('Der Import ist abgeschlossen und im Protokoll vermerkt.')
	).toBeVisible();

	// The same file again: nothing to do.
	await page.getByLabel('CSV-Datei').setInputFiles(file(rows('09.06.2024')));
	await page.getByRole('button', { name: 'Prüfen' }).click();
	// Rows and people: both unchanged.
	await expect(page.getByText('0 neu, 0 geändert, 2 unverändert')).toHaveCount(2);
	await expect(
		page.getByText('Alles ist schon so gespeichert; ein Import ändert nichts.')
	).toBeVisible();

	// The export holds the imported people, in the same format.
	const exported = await (await page.request.get('/verwaltung/export/personen.csv')).text();
	expect(exported.split('\r\n')[0]).toBe('\uFEFF' + HEADER);
	expect(exported).toContain(
		`Kurt;${family};kurt.${id}@example.org;;Universitäts- und Hansestadt Greifswald;Bürgerschaft Greifswald;Fraktion DIE LINKE;Stellvertretendes Mitglied;Sport;09.06.2024;;Vorstand`
	);
	expect(exported).toContain(DEMO_GRETA.phone);

	await page.goto('/verwaltung/protokoll?aktion=directory.import');
	await expect(
		page
			.getByRole('listitem')
			.filter({ hasText: 'Personen und Mandate importiert (CSV) – mandate.csv' })
			.first()
	).toBeVisible();
});
