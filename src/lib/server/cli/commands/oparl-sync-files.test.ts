import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '../../config/env';
import { db } from '../../db';
import { oparlFile, oparlSource } from '../../oparl/schema';
import { startOparlTestServer, type OparlTestServer } from '../../oparl/testing/oparl-test-server';
import { syntheticOparlCorpus } from '../../oparl/testing/synthetic-corpus';
import { cli, inCliDatabase as withDatabase, prepareCliDataDir } from '../testing/cli-harness';

let folder: string;
let server: OparlTestServer;
const corpus = syntheticOparlCorpus({ papers: 4, filesPerPaper: 2, persons: 3 });

const fileRequests = () =>
	server.requests.filter((entry) => entry.path.includes('/files/download/')).length;

beforeAll(async () => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-oparl-files-cli-'));
	process.env.DATA_DIR = path.join(folder, 'data');
	delete process.env.DATABASE_URL;
	resetEnvForTests();
	await prepareCliDataDir(path.join(folder, 'data'));
	server = await startOparlTestServer({ objects: corpus.objects });
	expect((await cli('oparl:add', server.systemUrl, '--follow', 'all')).code).toBe(0);
	await withDatabase(() =>
		db.update(oparlSource).set({ requestsPerSecond: 0, concurrency: 4, timeoutSeconds: 30 })
	);
}, 120_000);

afterAll(async () => {
	await server.close();
	fs.rmSync(folder, { recursive: true, force: true });
});

describe('oparl:add', () => {
	it('refuses an address in an internal network in German', async () => {
		const refused = await cli('oparl:add', 'http://10.1.2.3/oparl/v1/system');
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain('zeigt auf ein internes Netz');
	});
});

describe('oparl:sync and the council files', () => {
	it('leaves the files to the job queue with --ohne-dateien / --no-files', async () => {
		const synced = await cli('oparl:sync', '--full', '--ohne-dateien');
		expect(synced.code).toBe(0);
		expect(synced.stdout).not.toContain('Dateien:');
		expect((await cli('oparl:sync', '--no-files')).stdout).not.toContain('Dateien:');
		expect(fileRequests()).toBe(0);
		const statuses = await withDatabase(() =>
			db.select({ status: oparlFile.downloadStatus }).from(oparlFile)
		);
		expect(statuses).toHaveLength(corpus.counts.files);
		expect(statuses.every((row) => row.status === 'pending')).toBe(true);
	});

	it('downloads the queued files after the lists and sums them up in one line', async () => {
		const synced = await cli('oparl:sync');
		expect(synced.code).toBe(0);
		expect(synced.stdout).toContain(
			`Dateien: ${corpus.counts.files} Dateien: ${corpus.counts.files} gespeichert`
		);
		expect(fileRequests()).toBe(corpus.counts.files);
		const stored = await withDatabase(() =>
			db
				.select({ sha256: oparlFile.sha256 })
				.from(oparlFile)
				.where(eq(oparlFile.downloadStatus, 'stored'))
		);
		expect(stored).toHaveLength(corpus.counts.files);
		for (const { sha256 } of stored) {
			expect(fs.existsSync(path.join(folder, 'data', 'files', sha256!.slice(0, 2), sha256!))).toBe(
				true
			);
		}

		// Nothing left: the next sync downloads nothing again.
		const again = await cli('oparl:sync');
		expect(again.stdout).toContain('Dateien: keine zu laden');
		expect(fileRequests()).toBe(corpus.counts.files);
	});
});
