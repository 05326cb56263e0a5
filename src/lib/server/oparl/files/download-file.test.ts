import { and, eq, sql } from 'drizzle-orm';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { extractStoredFile } from '../../files/extract-stored-file';
import { sha256Of } from '../../files/file-store';
import { storedFile } from '../../files/schema';
import { fixture } from '../../files/testing/fixtures';
import { searchDocument } from '../../search/schema';
import { createTestDatabase, testDatabaseKind } from '../../testing/test-db';
import { oparlFile, oparlProblem, oparlSyncRun } from '../schema';
import { indexOparlObjects, reindexOparlObjectsWithFile } from '../search/index-oparl-objects';
import { CouncilRows } from '../search/testing/council-rows';
import { OparlClient } from '../http/oparl-client';
import { downloadOparlFile, MAX_DOWNLOAD_ATTEMPTS, pendingFileIds } from './download-file';
import type { FileRequester } from './file-request';

/** What each path of the little council file server answers; every request is logged. */
type Route = (response: http.ServerResponse) => void;
const routes = new Map<string, Route>();
const requests: string[] = [];
let server: http.Server;
let origin: string;
let council: CouncilRows;
let runId: string;

const send =
	(body: Buffer, type = 'application/pdf', headers: Record<string, string> = {}): Route =>
	(response) => {
		response.writeHead(200, { 'content-type': type, 'content-length': body.length, ...headers });
		response.end(body);
	};

beforeAll(async () => {
	server = http.createServer((request, response) => {
		requests.push(request.url!);
		const route = routes.get(request.url!);
		if (route) route(response);
		else {
			response.writeHead(404);
			response.end();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	await createTestDatabase();
	council = await CouncilRows.create({ maxFileBytes: 200_000 });
	const [run] = await db
		.insert(oparlSyncRun)
		.values({ sourceId: council.sourceId, kind: 'full', status: 'succeeded' })
		.returning({ id: oparlSyncRun.id });
	runId = run!.id;
});

afterAll(async () => {
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
	requests.length = 0;
});

async function fileRow(id: string) {
	const [row] = await db.select().from(oparlFile).where(eq(oparlFile.objectId, id));
	return row!;
}

async function problemsAt(url: string) {
	return db
		.select({ kind: oparlProblem.kind, message: oparlProblem.message, runId: oparlProblem.runId })
		.from(oparlProblem)
		.where(eq(oparlProblem.url, url));
}

/** The source's client as downloads use it, without quick retries (one request per attempt). */
function requester(options: { timeoutMs: number }): FileRequester {
	const client = new OparlClient({
		requestsPerSecond: 0,
		concurrency: 2,
		timeoutMs: options.timeoutMs,
		retries: 0
	});
	return (url, signal) => client.request(url, signal);
}

/** A paper with one file served at `path`. */
async function paperWithFile(path: string, route?: Route, values = {}) {
	if (route) routes.set(path, route);
	const paper = await council.paper({ name: `Vorlage ${path}`, date: '2025-06-01' });
	const file = await council.file(paper, { downloadUrl: `${origin}${path}`, ...values });
	return { paper, file, url: `${origin}${path}` };
}

describe(`council file downloads on ${testDatabaseKind}`, () => {
	it('stores a PDF content-addressed; once its text is extracted the paper is found by it', async () => {
		const pdf = fixture('antrag.pdf');
		const { paper, file } = await paperWithFile('/files/antrag.pdf', send(pdf));
		await indexOparlObjects(db, [paper]);

		expect(await downloadOparlFile(file)).toBe('stored');
		expect(await fileRow(file)).toMatchObject({
			downloadStatus: 'stored',
			downloadAttempts: 1,
			downloadError: null,
			sha256: sha256Of(pdf)
		});
		const [run] = await db.select().from(oparlSyncRun).where(eq(oparlSyncRun.id, runId));
		expect(run!.filesDownloaded).toBe(1);

		// The background extraction and its hook, as the job queue runs them.
		expect(await extractStoredFile(sha256Of(pdf))).toBe('done');
		await reindexOparlObjectsWithFile(sha256Of(pdf));
		const [hit] = await db
			.select({ id: searchDocument.sourceId })
			.from(searchDocument)
			.where(
				and(
					eq(searchDocument.type, 'paper'),
					sql`${searchDocument.tsv} @@ plainto_tsquery('german', 'Streuobstwiesen')`
				)
			);
		expect(hit?.id).toBe(paper);

		// The same bytes for another paper: known text, indexed at once, nothing extracted again.
		const second = await paperWithFile('/files/antrag-kopie.pdf', send(pdf));
		expect(await downloadOparlFile(second.file)).toBe('stored');
		const [copy] = await db
			.select({ attachmentText: searchDocument.attachmentText })
			.from(searchDocument)
			.where(eq(searchDocument.sourceId, second.paper));
		expect(copy?.attachmentText).toContain('Streuobstwiesen');
		// A stored file is done: asking again fetches nothing.
		expect(await downloadOparlFile(file)).toBe('skipped');
		expect(requests).toEqual(['/files/antrag.pdf', '/files/antrag-kopie.pdf']);
	});

	it('marks a scan as stored without text, and its text is never extracted again', async () => {
		const scan = fixture('scan.pdf');
		const { file } = await paperWithFile('/files/scan.pdf', send(scan));
		expect(await downloadOparlFile(file)).toBe('stored');
		expect(await extractStoredFile(sha256Of(scan))).toBe('no_text');
		expect(await extractStoredFile(sha256Of(scan))).toBe('skipped');
		const [stored] = await db
			.select({ textStatus: storedFile.textStatus })
			.from(storedFile)
			.where(eq(storedFile.sha256, sha256Of(scan)));
		expect(stored?.textStatus).toBe('no_text');
	});

	it('refuses files over the source limit: announced, streamed without length, or declared', async () => {
		const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(300_000, 0x20)]);
		const announced = await paperWithFile('/files/gross.pdf', send(big));
		expect(await downloadOparlFile(announced.file)).toBe('too_large');
		expect(await fileRow(announced.file)).toMatchObject({
			downloadStatus: 'too_large',
			sha256: null
		});
		expect((await fileRow(announced.file)).downloadError).toMatch(/erlaubt sind höchstens 0,2 MB/);
		expect(await problemsAt(announced.url)).toEqual([
			expect.objectContaining({ kind: 'file_too_large', runId })
		]);

		// No Content-Length: the transfer is cut off once it passes the limit.
		const chunked = await paperWithFile('/files/ohne-laenge.pdf', (response) => {
			response.writeHead(200, { 'content-type': 'application/pdf' });
			response.write(big.subarray(0, 150_000));
			response.write(big.subarray(150_000));
			response.end();
		});
		expect(await downloadOparlFile(chunked.file)).toBe('too_large');

		// The server says how large it is: not even requested.
		const declared = await paperWithFile('/files/angekuendigt.pdf', send(fixture('antrag.pdf')), {
			size: 5_000_000
		});
		expect(await downloadOparlFile(declared.file)).toBe('too_large');
		expect(requests).not.toContain('/files/angekuendigt.pdf');
		// Never retried.
		expect(await pendingFileIds()).not.toContain(declared.file);
	});

	it('gives up at once on a missing file and records the problem', async () => {
		const { file, url } = await paperWithFile('/files/fehlt.pdf');
		expect(await downloadOparlFile(file)).toBe('failed');
		expect(await fileRow(file)).toMatchObject({
			downloadStatus: 'failed',
			downloadAttempts: 1,
			downloadError: 'Nicht gefunden (HTTP 404)'
		});
		expect(await problemsAt(url)).toEqual([
			{ kind: 'file_download_failed', message: 'Nicht gefunden (HTTP 404) (1 Versuch)', runId }
		]);
		const [run] = await db.select().from(oparlSyncRun).where(eq(oparlSyncRun.id, runId));
		expect(run!.problemCount).toBeGreaterThanOrEqual(2);
	});

	it('retries a passing failure a bounded number of times, then fails for good', async () => {
		const { file, url } = await paperWithFile('/files/wackelig.pdf', (response) => {
			response.writeHead(503);
			response.end();
		});
		// One request per attempt here: the client's own quick retry is switched off.
		const once = requester({ timeoutMs: 5_000 });
		for (let attempt = 1; attempt < MAX_DOWNLOAD_ATTEMPTS; attempt++) {
			expect(await downloadOparlFile(file, { requester: once })).toBe('retry');
			expect(await fileRow(file)).toMatchObject({
				downloadStatus: 'pending',
				downloadAttempts: attempt,
				downloadError: 'Serverfehler (HTTP 503 Service Unavailable)'
			});
		}
		expect(await downloadOparlFile(file, { requester: once })).toBe('failed');
		expect(await fileRow(file)).toMatchObject({
			downloadStatus: 'failed',
			downloadAttempts: MAX_DOWNLOAD_ATTEMPTS
		});
		expect(await problemsAt(url)).toHaveLength(1);
		expect(await downloadOparlFile(file)).toBe('skipped');
		expect(requests.filter((path) => path === '/files/wackelig.pdf')).toHaveLength(
			MAX_DOWNLOAD_ATTEMPTS
		);

		// The queue's last attempt ends it too, even with attempts left on the row.
		const last = await paperWithFile('/files/zeitweise.pdf', (response) => {
			response.writeHead(500);
			response.end();
		});
		expect(await downloadOparlFile(last.file, { isLastAttempt: true, requester: once })).toBe(
			'failed'
		);
	});

	it('counts a timeout as passing', async () => {
		const { file } = await paperWithFile('/files/langsam.pdf', (response) => {
			response.writeHead(200, { 'content-type': 'application/pdf' });
			response.write('%PDF-1.4\n');
			// Never ends: the transfer times out.
		});
		expect(await downloadOparlFile(file, { requester: requester({ timeoutMs: 300 }) })).toBe(
			'retry'
		);
		expect((await fileRow(file)).downloadError).toBe('Die Übertragung brach ab.');
	});

	it('keeps pictures without text, and leaves other formats at the source', async () => {
		const png = fixture('bild.png');
		const picture = await paperWithFile('/files/plan.png', send(png, 'image/png'));
		expect(await downloadOparlFile(picture.file)).toBe('stored');
		const [stored] = await db
			.select({ textStatus: storedFile.textStatus, mediaType: storedFile.mediaType })
			.from(storedFile)
			.where(eq(storedFile.sha256, sha256Of(png)));
		expect(stored).toEqual({ textStatus: 'no_text', mediaType: 'image/png' });

		const sheet = await paperWithFile('/files/tabelle.xlsx', send(fixture('tabelle.xlsx')));
		expect(await downloadOparlFile(sheet.file)).toBe('unsupported');
		expect(await fileRow(sheet.file)).toMatchObject({
			downloadStatus: 'unsupported',
			sha256: null
		});
	});

	it('marks a file without any address unavailable without a request', async () => {
		const paper = await council.paper({ name: 'Ohne Datei', date: '2025-01-01' });
		const file = await council.file(paper, {});
		expect(await downloadOparlFile(file)).toBe('unavailable');
		expect((await fileRow(file)).downloadStatus).toBe('unavailable');
		expect(requests).toEqual([]);
	});

	it('downloads a file once when the queue and the CLI ask at the same time (row claim)', async () => {
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		const pdf = fixture('antrag.pdf');
		const { file } = await paperWithFile('/files/langsam.pdf', (response) => {
			void held.then(() => send(pdf)(response));
		});
		const first = downloadOparlFile(file);
		await expect.poll(() => requests.length, { interval: 10 }).toBe(1);
		expect((await fileRow(file)).downloadClaimedUntil).not.toBeNull();
		expect(await downloadOparlFile(file)).toBe('skipped');
		release();
		expect(await first).toBe('stored');
		expect(await fileRow(file)).toMatchObject({
			downloadStatus: 'stored',
			downloadAttempts: 1,
			downloadClaimedUntil: null
		});
		expect(requests).toEqual(['/files/langsam.pdf']);
	});

	it('frees the claim of a file that failed for now, and takes over a claim that ran out', async () => {
		const { file } = await paperWithFile('/files/wackelig.pdf', (response) => {
			response.writeHead(503);
			response.end();
		});
		expect(await downloadOparlFile(file, { requester: requester({ timeoutMs: 2000 }) })).toBe(
			'retry'
		);
		expect(await fileRow(file)).toMatchObject({
			downloadStatus: 'pending',
			downloadClaimedUntil: null
		});

		// A worker that died mid-download: its claim is in the past.
		await db
			.update(oparlFile)
			.set({ downloadClaimedUntil: sql`now() - interval '1 minute'` })
			.where(eq(oparlFile.objectId, file));
		routes.set('/files/wackelig.pdf', send(fixture('antrag.pdf')));
		expect(await downloadOparlFile(file)).toBe('stored');
	});

	it('does not fetch a file from a host the source does not allow', async () => {
		const paper = await council.paper({ name: 'Fremd', date: '2025-01-01' });
		const url = `${origin.replace('127.0.0.1', 'localhost')}/files/fremd.pdf`;
		routes.set('/files/fremd.pdf', send(fixture('antrag.pdf')));
		const file = await council.file(paper, { downloadUrl: url });
		expect(await downloadOparlFile(file)).toBe('failed');
		expect(await fileRow(file)).toMatchObject({
			downloadStatus: 'failed',
			downloadError: expect.stringContaining('Fremder Host „localhost“')
		});
		expect(await problemsAt(url)).toEqual([
			expect.objectContaining({ kind: 'foreign_host', runId })
		]);
		expect(requests).toEqual([]);
	});

	it('uses the access URL when there is no download URL', async () => {
		routes.set('/files/zugang.pdf', send(fixture('antrag.docx'), 'application/octet-stream'));
		const paper = await council.paper({ name: 'Zugang', date: '2025-01-01' });
		const file = await council.file(paper, { accessUrl: `${origin}/files/zugang.pdf` });
		expect(await downloadOparlFile(file)).toBe('stored');
		expect(requests).toEqual(['/files/zugang.pdf']);
	});
});
