import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestActor } from '../../auth/test-support';
import type { SessionUser } from '../../auth/types';
import type { DatabaseHandle } from '../../db/client';
import { db } from '../../db';
import { storedFilePath } from '../../files/file-store';
import { storedFile } from '../../files/schema';
import { storeDocument } from '../../files/store-file';
import {
	startJobQueue,
	stopJobQueue,
	type JobContext,
	type JobName,
	type JobPayload
} from '../../jobs';
import { runningQueue } from '../../jobs/queue';
import { jobDefinition } from '../../jobs/registry';
import { createTestDatabase, testDatabaseKind } from '../../testing/test-db';
import { deleteOparlSource } from '../admin/delete-source';
import { setFollowedBodies } from '../admin/follow-bodies';
import { updateOparlSourceSettings } from '../admin/update-settings';
import { oparlFile, oparlSource } from '../schema';
import { registerOparlSearchJobs } from '../search/search-jobs';
import { CouncilRows } from '../search/testing/council-rows';
import { textPdf } from '../testing/test-file-bytes';
import { pendingFileIds } from './download-file';
import { registerOparlFileJobs } from './download-jobs';
import { downloadSourceFiles } from './download-source-files';
import { enqueueOparlFileDownloads } from './enqueue-downloads';

// The queue only takes jobs here (send-only): what it holds is read from pg-boss's table, and
// handlers are called directly, so nothing waits for a worker's polling.
let handle: DatabaseHandle;
let board: SessionUser;
let shared: string;
let onlyDeleted: string;

beforeAll(async () => {
	handle = await createTestDatabase();
	board = await createTestActor('board');
	// Stored before the queue starts: storing asks for text extraction, not registered here.
	shared = (await storeDocument(textPdf('Haushaltssatzung beider Quellen'))).sha256;
	onlyDeleted = (await storeDocument(textPdf('Vorlage nur der gelöschten Quelle'))).sha256;
	registerOparlFileJobs();
	// Following a body asks the search to reindex its papers.
	registerOparlSearchJobs();
	await startJobQueue({ mode: 'send-only' });
});

afterEach(() => {
	vi.restoreAllMocks();
});

afterAll(async () => {
	await stopJobQueue(2_000);
});

/** Waiting download jobs for these files: file id → number of jobs. */
async function waitingDownloads(fileIds: string[]): Promise<Map<string, number>> {
	const result = await handle.query<{ key: string; jobs: number }>(
		`SELECT singleton_key AS key, count(*)::int AS jobs FROM pgboss.job
		 WHERE name = 'oparl.file.download' AND state = 'created' AND singleton_key = ANY($1::text[])
		 GROUP BY singleton_key`,
		[fileIds]
	);
	return new Map(result.rows.map((row) => [row.key, row.jobs]));
}

/** As if the queued jobs had run (and held their files): none waits any more. */
async function forgetDownloads(fileIds: string[]): Promise<void> {
	await handle.query(
		`DELETE FROM pgboss.job WHERE name = 'oparl.file.download' AND singleton_key = ANY($1::text[])`,
		[fileIds]
	);
}

/** Runs a job's handler as a worker would, here and now. */
async function runJob<Name extends JobName>(name: Name, payload: JobPayload<Name>): Promise<void> {
	const context: JobContext = {
		id: crypto.randomUUID(),
		name,
		attempt: 1,
		maxAttempts: 3,
		isLastAttempt: false,
		signal: new AbortController().signal
	};
	await jobDefinition(name).handler(payload, context);
}

/** What the spy on console.info saw of held council files (other modules may log, too). */
function holdNotices(info: { mock: { calls: unknown[][] } }): string[] {
	return info.mock.calls
		.map((call) => String(call[0]))
		.filter((line) => line.startsWith('Ratsdateien'));
}

async function fileRow(fileId: string) {
	const [row] = await db
		.select({ status: oparlFile.downloadStatus, attempts: oparlFile.downloadAttempts })
		.from(oparlFile)
		.where(eq(oparlFile.objectId, fileId));
	return row;
}

async function pendingFiles(council: CouncilRows, count: number): Promise<string[]> {
	const paper = await council.paper({ name: 'Bebauungsplan Nr. 12' });
	const files: string[] = [];
	for (let i = 0; i < count; i++)
		files.push(await council.file(paper, { downloadUrl: `${council.base}/datei-${i}.pdf` }));
	return files;
}

async function pause(council: CouncilRows, enabled = false): Promise<void> {
	const [source] = await db.select().from(oparlSource).where(eq(oparlSource.id, council.sourceId));
	await updateOparlSourceSettings({
		actor: board,
		sourceId: council.sourceId,
		input: {
			name: source!.name,
			requestsPerSecond: source!.requestsPerSecond,
			concurrency: source!.concurrency,
			timeoutSeconds: source!.timeoutSeconds,
			maxFileMegabytes: Math.round(source!.maxFileBytes / (1024 * 1024)),
			syncIntervalHours: source!.syncIntervalHours,
			enabled,
			allowedHosts: source!.allowedHosts
		}
	});
}

describe(`council file downloads of paused sources and unfollowed bodies on ${testDatabaseKind}`, () => {
	it('queues a page’s files in one insert, one waiting job per file, none of a paused source or an unfollowed body', async () => {
		const active = await CouncilRows.create();
		const files = await pendingFiles(active, 3);
		const done = await active.file(null, { downloadStatus: 'stored' });
		const paused = await CouncilRows.create();
		const [ofPaused] = await pendingFiles(paused, 1);
		await db.update(oparlSource).set({ enabled: false }).where(eq(oparlSource.id, paused.sourceId));
		const unfollowed = await CouncilRows.create({ followed: false });
		const [ofUnfollowed] = await pendingFiles(unfollowed, 1);

		const boss = runningQueue()!.boss;
		const insert = vi.spyOn(boss, 'insert');
		const send = vi.spyOn(boss, 'send');
		const asked = [...files, done, ofPaused!, ofUnfollowed!];
		expect(await enqueueOparlFileDownloads(db, asked)).toBe(3);
		expect(insert).toHaveBeenCalledTimes(1);
		expect(send).not.toHaveBeenCalled();
		// Asked again (the next page, the sweep): still one waiting job per file.
		expect(await enqueueOparlFileDownloads(db, files)).toBe(3);
		expect(await waitingDownloads(asked)).toEqual(new Map(files.map((id) => [id, 1])));

		// They start a moment later, after the page's transaction has committed.
		const delayed = await handle.query<{ later: boolean }>(
			`SELECT bool_and(start_after > created_on) AS later FROM pgboss.job
			 WHERE name = 'oparl.file.download' AND singleton_key = ANY($1::text[])`,
			[files]
		);
		expect(delayed.rows[0]!.later).toBe(true);
	});

	it('the sweep hands over only files that may be fetched now, in one insert', async () => {
		const active = await CouncilRows.create();
		const [waiting] = await pendingFiles(active, 1);
		const paused = await CouncilRows.create();
		const [ofPaused] = await pendingFiles(paused, 1);
		await db.update(oparlSource).set({ enabled: false }).where(eq(oparlSource.id, paused.sourceId));
		const unfollowed = await CouncilRows.create({ followed: false });
		const [ofUnfollowed] = await pendingFiles(unfollowed, 1);

		const pending = await pendingFileIds();
		expect(pending).toContain(waiting);
		expect(pending).not.toContain(ofPaused);
		expect(pending).not.toContain(ofUnfollowed);

		const insert = vi.spyOn(runningQueue()!.boss, 'insert');
		await runJob('oparl.file.download-sweep', {});
		expect(insert).toHaveBeenCalledTimes(1);
		expect(await waitingDownloads([waiting!, ofPaused!, ofUnfollowed!])).toEqual(
			new Map([[waiting!, 1]])
		);
	});

	it('a job queued before the pause leaves its file pending, says why once, and the resume queues it again', async () => {
		const council = await CouncilRows.create();
		const files = await pendingFiles(council, 2);
		expect(await enqueueOparlFileDownloads(db, files)).toBe(2);
		await pause(council);

		const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
		// The job completes (no retry, no error): its host is not even asked.
		for (const fileId of files) await runJob('oparl.file.download', { fileId });
		for (const fileId of files)
			expect(await fileRow(fileId)).toEqual({ status: 'pending', attempts: 0 });
		expect(holdNotices(info)).toHaveLength(1);
		expect(holdNotices(info)[0]).toContain('pausiert');

		await forgetDownloads(files);
		expect(await pendingFileIds()).not.toContain(files[0]);
		await pause(council, true);
		expect(await waitingDownloads(files)).toEqual(new Map(files.map((id) => [id, 1])));

		// Paused a second time: the new pause is logged again, once.
		await forgetDownloads(files);
		await pause(council);
		for (const fileId of files) await runJob('oparl.file.download', { fileId });
		expect(holdNotices(info)).toHaveLength(2);
		expect(await waitingDownloads(files)).toEqual(new Map());
	});

	it('files of an unfollowed body wait and are queued when the body is followed again', async () => {
		const council = await CouncilRows.create({ followed: false });
		const files = await pendingFiles(council, 2);
		const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
		for (const fileId of files) await runJob('oparl.file.download', { fileId });
		expect(holdNotices(info)).toHaveLength(1);
		expect(holdNotices(info)[0]).toContain('nicht verfolgten Körperschaft');
		expect(await fileRow(files[0]!)).toEqual({ status: 'pending', attempts: 0 });

		await setFollowedBodies({
			actor: board,
			sourceId: council.sourceId,
			bodyIds: [council.bodyId]
		});
		expect(await waitingDownloads(files)).toEqual(new Map(files.map((id) => [id, 1])));
	});

	it('oparl:sync on the command line loads a paused source’s files on demand, not an unfollowed body’s', async () => {
		// Files without an address: trying one settles it `unavailable` without any request.
		const paused = await CouncilRows.create();
		const ofPaused = await paused.file(null);
		await pause(paused);
		const pausedRun = await downloadSourceFiles({ sourceId: paused.sourceId });
		expect(pausedRun).toMatchObject({ total: 1, tally: { unavailable: 1, held: 0 } });
		expect((await fileRow(ofPaused))!.status).toBe('unavailable');

		const unfollowed = await CouncilRows.create({ followed: false });
		const ofUnfollowed = await unfollowed.file(null);
		expect(await downloadSourceFiles({ sourceId: unfollowed.sourceId })).toMatchObject({
			total: 0
		});
		expect((await fileRow(ofUnfollowed))!.status).toBe('pending');
	});

	it('deleting a source queues the release of its bytes; bytes another source holds stay', async () => {
		const kept = await CouncilRows.create();
		await kept.file(null, { downloadStatus: 'stored', sha256: shared });
		const doomed = await CouncilRows.create();
		await doomed.file(null, { downloadStatus: 'stored', sha256: shared });
		await doomed.file(null, { downloadStatus: 'stored', sha256: onlyDeleted });
		await doomed.file(null, { downloadStatus: 'stored', sha256: onlyDeleted });

		await deleteOparlSource({ actor: board, sourceId: doomed.sourceId });
		const jobs = await handle.query<{ data: { hashes: string[] } }>(
			`SELECT data FROM pgboss.job WHERE name = 'oparl.file.release' AND state = 'created'`
		);
		expect(jobs.rows.map((row) => row.data.hashes)).toEqual([[shared, onlyDeleted].sort()]);

		await runJob('oparl.file.release', jobs.rows[0]!.data);
		const rows = await db.select({ sha256: storedFile.sha256 }).from(storedFile);
		expect(rows.map((row) => row.sha256)).toContain(shared);
		expect(rows.map((row) => row.sha256)).not.toContain(onlyDeleted);
		expect(fs.existsSync(storedFilePath(shared))).toBe(true);
		expect(fs.existsSync(storedFilePath(onlyDeleted))).toBe(false);
	});
});
