import { beforeAll, describe, expect, it } from 'vitest';
import { COLUMNS, describeProblem } from './csv-format';
import { importDirectory } from './import-directory';
import {
	board,
	createImportTestDatabase,
	csv,
	KREISTAG_VG,
	personByEmail,
	tableCounts
} from './testing/import-test-support';

describe('CSV import: problems found before anything is written', () => {
	beforeAll(createImportTestDatabase);

	it('lists every problem by line and column in a dry run, and writes nothing', async () => {
		const before = await tableCounts();
		const file = csv([
			[
				'Ada',
				'Alt',
				'ada@example.org',
				'0381 5551234',
				...KREISTAG_VG,
				'Fraktion DIE LINKE',
				'Mitglied',
				'Haushalt',
				'09.06.2024',
				'',
				'Mitglieder'
			],
			[
				'Bea',
				'',
				'bea@',
				'12ab',
				'Landkreis Nirgendwo',
				'Kreistag',
				'',
				'Kaiserin',
				'Raumfahrt',
				'31.02.2024',
				'2020-01-01',
				'geheim'
			],
			[
				'Cem',
				'Cirkel',
				'',
				'',
				'Landkreis Rostock',
				'Kreistag Vorpommern-Greifswald',
				'',
				'Fraktionsvorsitz',
				'',
				'2024-06-09',
				'2024-06-01',
				''
			]
		]);
		const result = await importDirectory({ by: board, input: file, dryRun: true });
		expect(result.applied).toBe(false);
		expect(result.problems.map(describeProblem)).toEqual([
			'Zeile 3, Spalte Nachname: fehlt.',
			'Zeile 3, Spalte E-Mail: „bea@“ ist keine gültige E-Mail-Adresse.',
			'Zeile 3, Spalte Telefon: „12ab“ ist keine Telefonnummer (nur Ziffern, Leerzeichen, + / ( ) -).',
			'Zeile 3, Spalte Funktion: „Kaiserin“ ist keine bekannte Funktion (z. B. Mitglied, Vorsitz, Fraktionsvorsitz, Sachkundige*r Einwohner*in, Sprecher*in).',
			'Zeile 3, Spalte Beginn: „31.02.2024“ ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT).',
			'Zeile 3, Spalte E-Mail sichtbar: „geheim“ ist nicht erlaubt; möglich sind öffentlich, Mitglieder oder Vorstand.',
			'Zeile 3, Spalte Themen: Das Thema „Raumfahrt“ gibt es nicht in der Themenliste.',
			'Zeile 3, Spalte Gebietskörperschaft: Keine Gebietskörperschaft heißt „Landkreis Nirgendwo“.',
			'Zeile 4, Spalte Ende: liegt vor dem Beginn.',
			expect.stringMatching(
				/^Zeile 4, Spalte Gremium: Landkreis Rostock hat kein Gremium „Kreistag Vorpommern-Greifswald“/
			),
			'Zeile 4, Spalte Fraktion: Für die Funktion „Fraktionsvorsitz“ muss die Fraktion angegeben sein.'
		]);
		expect(await tableCounts()).toEqual(before);
	});

	it('refuses a file with problems even when not a dry run', async () => {
		const before = await tableCounts();
		const file = csv([
			['Dora', 'Dach', 'dora@example.org', '', ...KREISTAG_VG, '', 'Mitglied', '', '', '', ''],
			[
				'Emil',
				'Ende',
				'emil@example.org',
				'',
				...KREISTAG_VG,
				'',
				'Mitglied',
				'',
				'gestern',
				'',
				''
			]
		]);
		const result = await importDirectory({ by: board, input: file, dryRun: false });
		expect(result.applied).toBe(false);
		expect(result.problems.map(describeProblem)).toEqual([
			'Zeile 3, Spalte Beginn: „gestern“ ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT).'
		]);
		expect(await tableCounts()).toEqual(before);
	});

	it('reports duplicates and contradictions inside the file', async () => {
		const file = csv([
			[
				'Karl',
				'Kamm',
				'karl@example.org',
				'0381 5550003',
				...KREISTAG_VG,
				'',
				'Mitglied',
				'',
				'09.06.2024',
				'',
				''
			],
			[
				'Karl',
				'Kamm',
				'karl@example.org',
				'0381 5550004',
				...KREISTAG_VG,
				'',
				'Mitglied',
				'',
				'',
				'',
				''
			],
			[
				'Karl',
				'Kamm',
				'KARL@example.org',
				'',
				...KREISTAG_VG,
				'',
				'Mitglied',
				'',
				'2024-06-09',
				'',
				''
			],
			['Lena', 'Lamm', 'karl@example.org', '', ...KREISTAG_VG, '', 'Mitglied', '', '', '', '']
		]);
		const result = await importDirectory({ by: board, input: file, dryRun: false });
		expect(result.applied).toBe(false);
		expect(result.problems.map(describeProblem)).toEqual([
			'Zeile 3, Spalte Telefon: „0381 5550004“ weicht von Zeile 2 ab (dieselbe Person).',
			'Zeile 4, Spalte Gremium: doppelt: dieselbe Person mit derselben Funktion und demselben Beginn steht schon in Zeile 2.',
			'Zeile 5, Spalte E-Mail: Dieselbe Adresse steht in Zeile 2 für eine andere Person (Karl Kamm).'
		]);
		expect(await personByEmail('karl@example.org')).toBeUndefined();
	});

	it('reads the header, refuses other encodings and missing columns', async () => {
		const latin1 = new Uint8Array([
			...new TextEncoder().encode(COLUMNS.join(';') + '\nJ'),
			0xf6,
			0x0a
		]);
		expect(
			(await importDirectory({ by: board, input: latin1, dryRun: true })).problems.map(
				describeProblem
			)
		).toEqual([
			'Die Datei ist nicht in UTF-8 gespeichert. Bitte als „CSV UTF-8“ speichern und erneut hochladen.'
		]);
		const noColumn = 'Vorname;Nachname;Mail\nA;B;c@example.org\n';
		const [problem] = (await importDirectory({ by: board, input: noColumn, dryRun: true }))
			.problems;
		expect(describeProblem(problem!)).toMatch(
			/^Zeile 1: Es fehlen die Spalten „E-Mail“, „Telefon“/
		);
	});
});
