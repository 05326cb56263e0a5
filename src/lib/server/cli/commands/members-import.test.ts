import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '../../config/env';
import { COLUMNS } from '../../directory-import/csv-format';
import { cli, prepareCliDataDir } from '../testing/cli-harness';

let folder: string;

function writeCsv(name: string, rows: string[][]): string {
	const file = path.join(folder, name);
	fs.writeFileSync(file, [COLUMNS.join(';'), ...rows.map((r) => r.join(';'))].join('\n') + '\n');
	return file;
}

const ROW = [
	'Olga',
	'Ostsee',
	'olga.ostsee@example.org',
	'0381 5550777',
	'Hanse- und Universitätsstadt Rostock',
	'Bürgerschaft Rostock',
	'Fraktion DIE LINKE',
	'Mitglied',
	'Wohnen',
	'09.06.2024',
	'',
	'Mitglieder'
];

beforeAll(async () => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-import-cli-'));
	process.env.DATA_DIR = path.join(folder, 'data');
	delete process.env.DATABASE_URL;
	resetEnvForTests();
	await prepareCliDataDir(path.join(folder, 'data'));
});
afterAll(() => {
	fs.rmSync(folder, { recursive: true, force: true });
});

describe('members:import', () => {
	it('names each problem by line and column, changes nothing and exits with 1', async () => {
		const file = writeCsv('kaputt.csv', [ROW, [...ROW.slice(0, 9), '32.13.2024', '', 'alle']]);
		const result = await cli('members:import', file);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain(
			'Zeile 3, Spalte Beginn: „32.13.2024“ ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT).'
		);
		expect(result.stdout).toContain('Zeile 3, Spalte E-Mail sichtbar:');
		expect(result.stderr).toContain('2 Probleme in');
		expect(result.stderr).toContain('nichts wurde importiert');
	});

	it('checks in a dry run, imports, and a second import changes nothing', async () => {
		const file = writeCsv('mandate.csv', [ROW]);
		const dry = await cli('members:import', file, '--dry-run');
		expect(dry.code).toBe(0);
		expect(dry.stdout).toContain('Probelauf');
		expect(dry.stdout).toContain('Zeilen:   1 neu, 0 geändert, 0 unverändert');
		expect(dry.stdout).toContain('Es wurde nichts geändert (--dry-run).');

		const first = await cli('members:import', file);
		expect(first.code).toBe(0);
		expect(first.stdout).toContain('Personen: 1 neu, 0 geändert, 0 unverändert');
		expect(first.stdout).toContain(
			'Neue Fraktionen: Fraktion DIE LINKE (Hanse- und Universitätsstadt Rostock)'
		);

		const second = await cli('members:import', file);
		expect(second.code).toBe(0);
		expect(second.stdout).toContain('Zeilen:   0 neu, 0 geändert, 1 unverändert');
	});

	it('says so when the file cannot be read', async () => {
		const result = await cli('members:import', path.join(folder, 'fehlt.csv'));
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/lässt sich nicht lesen/);
	});
});
