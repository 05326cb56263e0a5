import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '../config/env';
import { storedFilePath } from '../files/file-store';
import { storeDocument } from '../files/store-file';
import { fixture } from '../files/testing/fixtures';
import { createTestDatabase, testDatabaseKind } from '../testing/test-db';
import { CHUNK_BYTES } from './file-section';
import { createBackup } from './create-backup';
import { restoreBackup } from './restore-backup';

let folder: string;
let sourceFiles: string;
beforeAll(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-backup-files-'));
	// The source instance's data directory: storeDocument writes below DATA_DIR/files.
	process.env.DATA_DIR = path.join(folder, 'quelle');
	resetEnvForTests();
	sourceFiles = path.join(folder, 'quelle', 'files');
});
afterAll(() => {
	delete process.env.DATA_DIR;
	resetEnvForTests();
	fs.rmSync(folder, { recursive: true, force: true });
});

/** A PDF larger than one chunk, so a file spans several lines of the backup. */
function largePdf(): Buffer {
	return Buffer.concat([fixture('antrag.pdf'), Buffer.alloc(CHUNK_BYTES * 2 + 17, 0x20)]);
}

describe(`backup with stored files on ${testDatabaseKind}`, () => {
	it('carries the attachments’ bytes and restores them into the target’s file store', async () => {
		const source = await createTestDatabase();
		const docx = await storeDocument(fixture('antrag.docx'));
		const pdf = await storeDocument(largePdf());
		const file = path.join(folder, 'mit-dateien.kn.gz');
		const summary = await createBackup(source, file);
		expect(summary.files).toBe(2);
		expect(summary.missingFiles).toEqual([]);

		const target = await createTestDatabase();
		const targetFiles = path.join(folder, 'ziel', 'files');
		const result = await restoreBackup(target, file, { filesRoot: targetFiles });
		expect(result.files).toBe(2);
		for (const { sha256 } of [docx, pdf]) {
			const restored = fs.readFileSync(storedFilePath(sha256, targetFiles));
			expect(restored.equals(fs.readFileSync(storedFilePath(sha256, sourceFiles)))).toBe(true);
		}
		const { rows } = await target.query<{ n: number }>(
			'SELECT count(*)::int AS n FROM stored_file'
		);
		expect(rows[0]!.n).toBe(2);
	});

	it('reports a file missing on disk and still writes the backup', async () => {
		const source = await createTestDatabase();
		const odt = await storeDocument(fixture('anfrage.odt'));
		fs.rmSync(storedFilePath(odt.sha256, sourceFiles));
		const summary = await createBackup(source, path.join(folder, 'fehlend.kn.gz'));
		expect(summary.files).toBe(0);
		expect(summary.missingFiles).toEqual([odt.sha256]);
	});

	it('refuses a backup whose file bytes were changed, and restores nothing', async () => {
		const source = await createTestDatabase();
		await storeDocument(fixture('antrag.docx'));
		const file = path.join(folder, 'veraendert.kn.gz');
		await createBackup(source, file);
		const lines = gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
		const chunkLine = lines.findIndex((line) => line.startsWith('"'));
		const bytes = Buffer.from(JSON.parse(lines[chunkLine]!) as string, 'base64');
		bytes[100] = bytes[100]! ^ 0xff;
		lines[chunkLine] = JSON.stringify(bytes.toString('base64'));
		fs.writeFileSync(file, gzipSync(lines.join('\n')));

		const target = await createTestDatabase();
		const targetFiles = path.join(folder, 'ziel-veraendert', 'files');
		await expect(restoreBackup(target, file, { filesRoot: targetFiles })).rejects.toThrow(
			'Die Sicherungsdatei ist beschädigt oder unvollständig.'
		);
		const { rows } = await target.query<{ n: number }>(
			'SELECT count(*)::int AS n FROM stored_file'
		);
		expect(rows[0]!.n).toBe(0);
		expect(fs.existsSync(targetFiles) ? fs.readdirSync(targetFiles) : []).toEqual([]);
	});
});
