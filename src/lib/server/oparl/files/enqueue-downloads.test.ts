import { and, eq, sql } from 'drizzle-orm';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { registerFileJobs } from '../../files/extraction-jobs';
import { fixture } from '../../files/testing/fixtures';
import { enqueue, startJobQueue, stopJobQueue } from '../../jobs';
import { waitUntil } from '../../jobs/testing/wait-until';
import { searchDocument } from '../../search/schema';
import { createTestDatabase, testDatabaseKind } from '../../testing/test-db';
import { oparlFile } from '../schema';
import { indexOparlObjects, reindexOparlObjectsWithFile } from '../search/index-oparl-objects';
import { CouncilRows } from '../search/testing/council-rows';
import { registerOparlFileJobs } from './download-jobs';
import { enqueueOparlFileDownloads } from './enqueue-downloads';

let server: http.Server;
let origin: string;
let council: CouncilRows;

beforeAll(async () => {
	const pdf = fixture('antrag.pdf');
	const odt = fixture('anfrage.odt');
	server = http.createServer((request, response) => {
		const body = request.url === '/antrag.pdf' ? pdf : request.url === '/anfrage.odt' ? odt : null;
		if (!body) {
			response.writeHead(404);
			response.end();
			return;
		}
		response.writeHead(200, { 'content-length': body.length });
		response.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	await createTestDatabase();
	council = await CouncilRows.create();
	// As app/boot.ts wires them: extracted text reindexes the council documents using the file.
	registerFileJobs({ afterExtraction: reindexOparlObjectsWithFile });
	registerOparlFileJobs();
});

afterAll(async () => {
	await stopJobQueue(2_000);
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
});

async function status(fileId: string) {
	const [row] = await db
		.select({ status: oparlFile.downloadStatus })
		.from(oparlFile)
		.where(eq(oparlFile.objectId, fileId));
	return row?.status;
}

async function found(word: string): Promise<string[]> {
	const rows = await db
		.select({ id: searchDocument.sourceId })
		.from(searchDocument)
		.where(
			and(
				eq(searchDocument.type, 'paper'),
				sql`${searchDocument.tsv} @@ plainto_tsquery('german', ${word})`
			)
		);
	return rows.map((row) => row.id);
}

describe(`background downloads on ${testDatabaseKind}`, () => {
	it('queues nothing while no queue runs (the sweep catches up later)', async () => {
		const paper = await council.paper({ name: 'Wasserversorgung', date: '2025-04-01' });
		const file = await council.file(paper, { downloadUrl: `${origin}/anfrage.odt` });
		expect(await enqueueOparlFileDownloads(db, [paper, file])).toBe(0);
		expect(await status(file)).toBe('pending');
	});

	it('downloads what a sync page wrote, extracts the text and reindexes the paper', async () => {
		await startJobQueue({
			mode: 'work',
			pollingIntervalSeconds: 0.5,
			cronMonitorIntervalSeconds: 1,
			cronWorkerIntervalSeconds: 1
		});
		const paper = await council.paper({ name: 'Streuobst', date: '2025-04-02' });
		const file = await council.file(paper, { downloadUrl: `${origin}/antrag.pdf` });
		const missing = await council.file(paper, { downloadUrl: `${origin}/fehlt.pdf` });
		// In the page's transaction while the queue runs (on PGlite the queue shares the
		// transaction's connection: nothing may wait for it inside).
		await db.transaction((tx) => indexOparlObjects(tx, [paper]));
		// The sync passes every object of the page, in the page's transaction.
		const queued = await db.transaction((tx) =>
			enqueueOparlFileDownloads(tx, [paper, file, missing])
		);
		expect(queued).toBe(2);
		// Asked twice (the next page, the sweep): still one waiting job per file.
		expect(await enqueueOparlFileDownloads(db, [file])).toBe(1);

		await waitUntil(async () => (await found('Streuobstwiesen')).includes(paper), {
			timeoutMs: 40_000,
			message: 'Vorlage über den Text ihrer Datei gefunden'
		});
		expect(await status(file)).toBe('stored');
		await waitUntil(async () => (await status(missing)) === 'failed', {
			timeoutMs: 20_000,
			message: 'fehlende Datei als gescheitert markiert'
		});
	});

	it('the sweep downloads files stored while no queue ran', async () => {
		const [earlier] = await db
			.select({ id: oparlFile.objectId })
			.from(oparlFile)
			.where(eq(oparlFile.downloadUrl, `${origin}/anfrage.odt`));
		await enqueue('oparl.file.download-sweep', {});
		await waitUntil(async () => (await status(earlier!.id)) === 'stored', {
			timeoutMs: 30_000,
			message: 'Datei durch den Durchlauf geladen'
		});
		await waitUntil(async () => (await found('Wasserversorgung Brunnen')).length > 0, {
			timeoutMs: 30_000,
			message: 'Text der ODT-Datei gefunden'
		});
	});
});
