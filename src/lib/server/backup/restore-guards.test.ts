import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/client';
import { createTestDatabase } from '../testing/test-db';
import { createBackup } from './create-backup';
import { BackupFileError, BackupIncompatibleError, DatabaseNotEmptyError } from './errors';
import { restoreBackup } from './restore-backup';
import { snapshotTables } from './testing/fixtures';

let folder: string;
let backupFile: string;
let backedUp: Record<string, string[]>;

async function setting(handle: DatabaseHandle, key: string, value: unknown): Promise<void> {
	await handle.query(`INSERT INTO app_setting (key, value) VALUES ($1, $2::text::jsonb)`, [
		key,
		JSON.stringify(value)
	]);
}

/** Writes a copy of the backup with its header, or its whole text, changed. */
function tamper(name: string, change: (lines: string[]) => void): string {
	const lines = gunzipSync(fs.readFileSync(backupFile)).toString('utf8').split('\n');
	change(lines);
	const file = path.join(folder, name);
	fs.writeFileSync(file, gzipSync(lines.join('\n')));
	return file;
}

function editHeader(change: (header: Record<string, unknown>) => void) {
	return (lines: string[]) => {
		const header = JSON.parse(lines[0]!) as Record<string, unknown>;
		change(header);
		lines[0] = JSON.stringify(header);
	};
}

beforeAll(async () => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-restore-'));
	const source = await createTestDatabase();
	await setting(source, 'aus.der.sicherung', { wert: 1 });
	backupFile = path.join(folder, 'source.kn.gz');
	await createBackup(source, backupFile);
	backedUp = await snapshotTables(source);
});
afterAll(() => {
	fs.rmSync(folder, { recursive: true, force: true });
});

describe('restore guards', () => {
	it('refuses a database with data, names what it would replace, and changes nothing', async () => {
		const target = await createTestDatabase();
		await setting(target, 'schon.da', true);
		await setting(target, 'auch.da', false);
		const before = await snapshotTables(target);
		const error = await restoreBackup(target, backupFile).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DatabaseNotEmptyError);
		expect((error as DatabaseNotEmptyError).occupied).toEqual([{ table: 'app_setting', rows: 2 }]);
		expect(await snapshotTables(target)).toEqual(before);
	});

	it('replaces the data with force and reports what it replaced', async () => {
		const target = await createTestDatabase();
		await setting(target, 'schon.da', true);
		const result = await restoreBackup(target, backupFile, { force: true });
		expect(result.replaced).toEqual([{ table: 'app_setting', rows: 1 }]);
		expect(await snapshotTables(target)).toEqual(backedUp);
	});

	it('refuses a backup made with a newer schema than the database has', async () => {
		const file = tamper(
			'newer.kn.gz',
			editHeader((header) => {
				const migration = header.migration as { createdAt: number; hash: string };
				migration.createdAt += 1000;
				migration.hash = 'aaaa';
			})
		);
		const target = await createTestDatabase();
		const error = await restoreBackup(target, file).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(BackupIncompatibleError);
		expect((error as Error).message).toMatch(/neueren Version/);
	});

	it('refuses a backup from an unknown migration history', async () => {
		const file = tamper(
			'foreign.kn.gz',
			editHeader((header) => {
				(header.migration as { hash: string }).hash = 'bbbb';
			})
		);
		const error = await restoreBackup(await createTestDatabase(), file).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(BackupIncompatibleError);
	});

	it('rolls everything back when the file turns out damaged half-way', async () => {
		const target = await createTestDatabase();
		await setting(target, 'bleibt', 'ja');
		const before = await snapshotTables(target);
		// Rows are intact but the end marker is gone: the file was cut short.
		const cut = tamper('cut.kn.gz', (lines) => {
			lines.splice(lines.findIndex((line) => line.startsWith('{"end"')));
		});
		await expect(restoreBackup(target, cut, { force: true })).rejects.toThrow(BackupFileError);
		expect(await snapshotTables(target)).toEqual(before);

		const bytes = fs.readFileSync(backupFile);
		const truncated = path.join(folder, 'truncated.kn.gz');
		fs.writeFileSync(truncated, bytes.subarray(0, bytes.length - 12));
		await expect(restoreBackup(target, truncated, { force: true })).rejects.toThrow(
			BackupFileError
		);
		expect(await snapshotTables(target)).toEqual(before);
	});

	it('rejects files that are not backups, in German', async () => {
		const target = await createTestDatabase();
		const plain = path.join(folder, 'plain.txt');
		fs.writeFileSync(plain, 'Hallo');
		await expect(restoreBackup(target, plain)).rejects.toThrow(/beschädigt|keine Kommunalnetz/);
		const foreign = path.join(folder, 'foreign.json.gz');
		fs.writeFileSync(foreign, gzipSync('{"format":"etwas anderes"}\n'));
		await expect(restoreBackup(target, foreign)).rejects.toThrow(/keine Kommunalnetz-Sicherung/);
		await expect(restoreBackup(target, path.join(folder, 'fehlt.kn.gz'))).rejects.toThrow(
			/gibt es nicht/
		);
	});

	it('writes backups readable by their owner only, and names a missing folder', async () => {
		expect(fs.statSync(backupFile).mode & 0o777).toBe(0o600);
		const source = await createTestDatabase();
		await expect(createBackup(source, path.join(folder, 'fehlt', 'x.kn.gz'))).rejects.toThrow(
			/Den Ordner .*fehlt gibt es nicht/
		);
	});

	it('leaves no file behind when a backup fails, and keeps the old one', async () => {
		const source = await createTestDatabase();
		const file = path.join(folder, 'kept.kn.gz');
		fs.writeFileSync(file, 'alte Sicherung');
		const controller = new AbortController();
		controller.abort();
		await expect(createBackup(source, file, { signal: controller.signal })).rejects.toThrow();
		expect(fs.readFileSync(file, 'utf8')).toBe('alte Sicherung');
		expect(fs.readdirSync(folder).filter((name) => name.includes('unvollstaendig'))).toEqual([]);
	});
});
