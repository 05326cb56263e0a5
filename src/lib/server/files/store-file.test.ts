import { eq } from 'drizzle-orm';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '../config/env';
import { db } from '../db';
import { enqueue, startJobQueue, stopJobQueue } from '../jobs';
import { waitUntil } from '../jobs/testing/wait-until';
import { createTestDatabase, testDatabaseKind } from '../testing/test-db';
import { FileTooLargeError, UnsupportedFileTypeError } from './errors';
import { extractStoredFile, markExtractionFailed } from './extract-stored-file';
import { registerFileJobs } from './extraction-jobs';
import { filesRoot, sha256Of, storedFilePath } from './file-store';
import { DOCX, PDF } from './media-types';
import { storedFile } from './schema';
import { storeDocument } from './store-file';
import { fixture } from './testing/fixtures';

let dataDir: string;
const extracted: string[] = [];

beforeAll(() => {
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-files-'));
	process.env.DATA_DIR = dataDir;
	resetEnvForTests();
	registerFileJobs({ afterExtraction: async (sha256) => void extracted.push(sha256) });
});

afterAll(async () => {
	await stopJobQueue(2_000);
	delete process.env.DATA_DIR;
	resetEnvForTests();
	fs.rmSync(dataDir, { recursive: true, force: true });
});

async function row(sha256: string) {
	const [found] = await db.select().from(storedFile).where(eq(storedFile.sha256, sha256));
	return found;
}

describe(`file store on ${testDatabaseKind}`, () => {
	it('keeps the bytes once under their hash, with the type detected from the content', async () => {
		await createTestDatabase();
		const bytes = fixture('antrag.docx');
		const first = await storeDocument(bytes);
		const again = await storeDocument(bytes);
		expect(first).toEqual({ sha256: sha256Of(bytes), size: bytes.length, mediaType: DOCX });
		expect(again).toEqual(first);
		const file = storedFilePath(first.sha256);
		expect(file).toBe(path.join(dataDir, 'files', first.sha256.slice(0, 2), first.sha256));
		expect(fs.readFileSync(file).equals(bytes)).toBe(true);
		// No temporary files left beside it.
		expect(fs.readdirSync(path.dirname(file))).toEqual([first.sha256]);
		expect(await db.select().from(storedFile)).toHaveLength(1);
		expect((await row(first.sha256))?.textStatus).toBe('pending');
	});

	it('refuses a program or an image, and files over the size limit, storing nothing', async () => {
		await createTestDatabase();
		await expect(storeDocument(fixture('programm.exe'))).rejects.toBeInstanceOf(
			UnsupportedFileTypeError
		);
		await expect(storeDocument(fixture('bild.png'))).rejects.toThrow(
			/kein PDF-, Word- \(DOCX\) oder OpenDocument-Dokument/
		);
		const pdf = fixture('antrag.pdf');
		const tooLarge = storeDocument(pdf, { maxBytes: pdf.length - 1 });
		await expect(tooLarge).rejects.toBeInstanceOf(FileTooLargeError);
		expect(new FileTooLargeError(20 * 1024 * 1024).message).toBe(
			'Die Datei ist zu groß. Erlaubt sind höchstens 20 MB.'
		);
		expect(await db.select().from(storedFile)).toHaveLength(0);
		expect(fs.existsSync(storedFilePath(sha256Of(pdf)))).toBe(false);
	});

	it('extracts text once: done, no_text (never retried) and failed are recorded', async () => {
		await createTestDatabase();
		const pdf = await storeDocument(fixture('antrag.pdf'));
		const scan = await storeDocument(fixture('scan.pdf'));
		expect(await extractStoredFile(pdf.sha256)).toBe('done');
		expect((await row(pdf.sha256))?.text).toContain('Streuobstwiesen');
		expect(await extractStoredFile(scan.sha256)).toBe('no_text');
		expect(await row(scan.sha256)).toMatchObject({ textStatus: 'no_text', text: null });
		expect(await extractStoredFile(scan.sha256)).toBe('skipped');

		// Bytes that pass the type check (a PDF header) but break on reading.
		const broken = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64, 0x41)]);
		const damaged = await storeDocument(broken);
		expect(damaged.mediaType).toBe(PDF);
		expect(await extractStoredFile(damaged.sha256)).toBe('failed');
		const failed = await row(damaged.sha256);
		expect(failed?.textStatus).toBe('failed');
		expect(failed?.textError).toBeTruthy();

		// Bytes gone from disk: the job throws (and is retried); after the last attempt, `failed`.
		const gone = await storeDocument(fixture('anfrage.odt'));
		fs.rmSync(storedFilePath(gone.sha256));
		await expect(extractStoredFile(gone.sha256)).rejects.toThrow(/ENOENT/);
		await markExtractionFailed(gone.sha256, new Error('Datei fehlt'));
		expect(await row(gone.sha256)).toMatchObject({
			textStatus: 'failed',
			textError: 'Datei fehlt'
		});
	});

	it('extracts in the background once the queue runs, then tells the file users', async () => {
		await createTestDatabase();
		// Stored while no queue runs (as the demo seeds): the sweep picks it up later.
		const early = await storeDocument(fixture('antrag.docx'));
		await startJobQueue({
			mode: 'work',
			pollingIntervalSeconds: 0.5,
			cronMonitorIntervalSeconds: 1,
			cronWorkerIntervalSeconds: 1
		});
		const odt = await storeDocument(fixture('anfrage.odt'));
		const done = await waitUntil(async () => (await row(odt.sha256))?.textStatus === 'done', {
			timeoutMs: 20_000,
			message: 'Textauszug der ODT-Datei'
		});
		expect(done).toBe(true);
		expect((await row(odt.sha256))?.text).toContain('Wasserversorgung');
		await waitUntil(() => extracted.includes(odt.sha256), { message: 'Rückmeldung' });
		await enqueue('files.extraction-sweep', {});
		await waitUntil(async () => (await row(early.sha256))?.textStatus === 'done', {
			timeoutMs: 20_000,
			message: 'Textauszug durch den Durchlauf'
		});
		expect(filesRoot()).toBe(path.join(dataDir, 'files'));
	});
});
