import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '../config/env';
import { createTestDatabase } from '../testing/test-db';
import { cli, inCliDatabase, prepareCliDataDir } from './testing/cli-harness';

let folder: string;
let dataDir: string;
let sleeper: ChildProcess | undefined;

let emptyBackupFile: Promise<string> | undefined;

/**
 * A backup of a freshly migrated, empty database, made once per file from the run's migrated
 * test database (a copy of a template instead of initdb and every migration, seconds on CI).
 */
function emptyBackup(): Promise<string> {
	emptyBackupFile ??= (async () => {
		const { createBackup } = await import('../backup/create-backup');
		const file = path.join(folder, 'empty.kn.gz');
		await createBackup(await createTestDatabase(), file);
		return file;
	})();
	return emptyBackupFile;
}

/** The CLI creates and migrates a PGlite database in DATA_DIR here: far slower on a loaded machine. */
const CREATES_DATABASE_TIMEOUT_MS = 180_000;

beforeAll(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-cli-'));
});
afterAll(() => {
	sleeper?.kill();
	fs.rmSync(folder, { recursive: true, force: true });
});
beforeEach(() => {
	dataDir = fs.mkdtempSync(path.join(folder, 'data-'));
	process.env.DATA_DIR = dataDir;
	delete process.env.DATABASE_URL;
	delete process.env.PORT;
	resetEnvForTests();
});

describe('cli', () => {
	it('explains itself in German', async () => {
		const help = await cli('--help');
		expect(help.code).toBe(0);
		expect(help.stdout).toMatch(/Aufruf: npm run cli -- \[optionen\] \[befehl\]/);
		expect(help.stdout).toMatch(/backup <datei>/);
		expect(help.stdout).toMatch(/restore \[optionen\] <datei>/);

		const missing = await cli('restore');
		expect(missing.code).toBe(1);
		expect(missing.stderr).toMatch(/Fehler: Das Argument <datei> fehlt/);

		const unknown = await cli('bakup');
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toMatch(/Unbekannter Befehl „bakup“[\s\S]*Meinten Sie backup/);
	});

	it('refuses to back up a data directory without a database', async () => {
		const result = await cli('backup', path.join(folder, 'nichts.kn.gz'));
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`In ${dataDir} gibt es keine Datenbank. Stimmt DATA_DIR?`);
		expect(fs.existsSync(path.join(dataDir, 'pgdata'))).toBe(false);
	});

	it(
		'backs up and restores through the configured PGlite directory',
		async () => {
			const file = path.join(folder, 'cli.kn.gz');
			// A restore into an empty directory is how an instance moves; it creates the database.
			const empty = await cli('restore', await emptyBackup());
			expect(empty.code).toBe(0);
			const backup = await cli('backup', file);
			expect(backup.stderr).toBe('');
			expect(backup.code).toBe(0);
			expect(backup.stdout).toMatch(/Sicherung geschrieben: .*cli\.kn\.gz/);
			expect(fs.existsSync(path.join(dataDir, 'kommunalnetz.pid'))).toBe(false);

			const restore = await cli('restore', file);
			expect(restore.code).toBe(0);
			expect(restore.stdout).toMatch(/Wiederhergestellt: die Sicherung vom/);
		},
		CREATES_DATABASE_TIMEOUT_MS
	);

	it(
		'refuses to restore over data and names what it would replace',
		async () => {
			const file = await emptyBackup();
			await prepareCliDataDir(dataDir);
			// State data arrive with the first start of the platform.
			const { loadStateData } = await import('../territory/load-state-data');
			await inCliDatabase(() => loadStateData({ state: 'mv' }));

			const refused = await cli('restore', file);
			expect(refused.code).toBe(1);
			expect(refused.stderr).toMatch(/Die Datenbank ist nicht leer/);
			expect(refused.stderr).toMatch(/territorial_unit\s+\d+ Zeilen/);
			expect(refused.stderr).toMatch(/--force/);

			const forced = await cli('restore', '--force', file);
			expect(forced.code).toBe(0);
			expect(forced.stdout).toMatch(/Ersetzt wurde[\s\S]*territorial_unit/);
		},
		CREATES_DATABASE_TIMEOUT_MS
	);

	it('stops with exit code 2 while another process holds the data directory', async () => {
		sleeper = spawn('sleep', ['60'], { stdio: 'ignore' });
		fs.writeFileSync(path.join(dataDir, 'kommunalnetz.pid'), String(sleeper.pid));
		const result = await cli('restore', await emptyBackup());
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/wird gerade von einem anderen Prozess .* benutzt/);
		expect(result.stderr).not.toMatch(/\n\s+at /);
		expect(fs.existsSync(path.join(dataDir, 'pgdata'))).toBe(false);
	});

	it('names the bad variable of an invalid configuration, exit code 1', async () => {
		process.env.DATABASE_URL = 'mysql://x';
		resetEnvForTests();
		const result = await cli('backup', path.join(folder, 'x.kn.gz'));
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/Ungültige Konfiguration[\s\S]*DATABASE_URL/);
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});
});
