import { and, eq, sql } from 'drizzle-orm';
import type { OparlProblemKind } from '$lib/shared/oparl';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { createTestDatabase } from '../../testing/test-db';
import {
	oparlAgendaItem,
	oparlMeeting,
	oparlObject,
	oparlPaper,
	oparlProblem,
	oparlSource,
	oparlSyncRun
} from '../schema';
import { HUERTGENWALD_API } from '../testing/fixture-paths';
import type { OparlTestServer } from '../testing/oparl-test-server';
import { huertgenwaldSource, syncForTest } from './testing/sync-fixture';

let server: OparlTestServer;
let sourceId: string;

// One database for the file: each test imports its own server (its own port, so its own source).
beforeAll(async () => {
	await createTestDatabase();
});

beforeEach(async () => {
	({ server, sourceId } = await huertgenwaldSource());
});

afterEach(async () => {
	await server.close();
});

/** Stored objects per type that are real (not placeholders), deleted ones separately. */
async function stored() {
	const rows = await db
		.select({
			type: oparlObject.type,
			deleted: oparlObject.deleted,
			n: sql<number>`count(*)::int`
		})
		.from(oparlObject)
		.where(and(eq(oparlObject.sourceId, sourceId), eq(oparlObject.placeholder, false)))
		.groupBy(oparlObject.type, oparlObject.deleted);
	const result: Record<string, number> = {};
	for (const row of rows) result[`${row.type}${row.deleted ? ' (gelöscht)' : ''}`] = row.n;
	return result;
}

async function problemsOf(kind: OparlProblemKind) {
	return db
		.select()
		.from(oparlProblem)
		.where(and(eq(oparlProblem.sourceId, sourceId), eq(oparlProblem.kind, kind)));
}

const expectedFullImport = {
	system: 1,
	body: 1,
	organization: 22,
	person: 49,
	membership: 533,
	paper: 93,
	'paper (gelöscht)': 7,
	meeting: 89,
	'meeting (gelöscht)': 11,
	agendaItem: 1374,
	consultation: 92,
	file: 976,
	location: 5
};

describe('runOparlSync', () => {
	it('imports a real 1.0 server in full, then only what changed since', async () => {
		const full = await syncForTest({ sourceId, kind: 'full', placeholderLimit: 30 });
		expect(full).toMatchObject({
			status: 'succeeded',
			kind: 'full',
			resumed: false,
			listsFailed: 0
		});
		expect(await stored()).toEqual(expectedFullImport);
		// Four lists of the body plus the body list, every page once.
		expect(full.pagesFetched).toBe(12);
		expect(full.objectsSeen).toBeGreaterThanOrEqual(273);

		// The quirks of the real data are in the report, each with its URL.
		const vendor = await problemsOf('vendor_field');
		expect(vendor.flatMap((problem) => problem.details?.fields as string[])).toEqual(
			expect.arrayContaining([
				'STERNBERG:RIMVersion',
				'STERNBERG:sortierung',
				'STERNBERG:gruppierung'
			])
		);
		const epoch = await problemsOf('invalid_date');
		expect(epoch.some((problem) => /\/organization\/|\/person\//.test(problem.url))).toBe(true);
		// Agenda items point at consultations of papers that are not in the fixture: fetched, 404.
		const dangling = await problemsOf('dangling_reference');
		expect(dangling.length).toBe(30);
		expect(dangling[0]!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
		expect(dangling[0]!.message).toContain('HTTP 404');

		const [source] = await db.select().from(oparlSource).where(eq(oparlSource.id, sourceId));
		expect(source!.lastSuccessfulSyncStartedAt).toEqual(full.startedAt);

		// Between runs: a paper renamed, a meeting deleted, a paper added.
		const paperId = `${HUERTGENWALD_API}/body/1/paper/782`;
		const renamedId = server.get(paperId) ? paperId : firstLiveId(server, 'paper');
		const meetingId = firstLiveId(server, 'meeting');
		server.mutate({
			update: { [renamedId]: { name: 'Neuer Name der Vorlage' } },
			delete: [meetingId]
		});
		server.clearRequests();
		await db
			.update(oparlSource)
			.set({ lastSuccessfulSyncStartedAt: new Date(Date.now() - 1000) })
			.where(eq(oparlSource.id, sourceId));
		const incremental = await syncForTest({ sourceId, placeholderLimit: 0 });
		expect(incremental).toMatchObject({ status: 'succeeded', kind: 'incremental' });
		expect(incremental.objectsSeen).toBeLessThan(10);
		const [run] = await db
			.select()
			.from(oparlSyncRun)
			.where(eq(oparlSyncRun.id, incremental.runId));
		const paperCursor = Object.entries(run!.cursor).find(([url]) => url.endsWith('/paper'))![1];
		expect(paperCursor).toMatchObject({ modifiedSince: 'honoured', done: true });
		expect(server.requests.some((request) => request.path.includes('modified_since='))).toBe(true);

		const [renamed] = await db
			.select({ name: oparlPaper.name })
			.from(oparlPaper)
			.innerJoin(oparlObject, eq(oparlObject.id, oparlPaper.objectId))
			.where(eq(oparlObject.oparlId, server.url(renamedId)));
		expect(renamed!.name).toBe('Neuer Name der Vorlage');
		const [gone] = await db
			.select({ id: oparlObject.id, deleted: oparlObject.deleted })
			.from(oparlObject)
			.where(eq(oparlObject.oparlId, server.url(meetingId)));
		expect(gone!.deleted).toBe(true);
		expect(await db.select().from(oparlMeeting).where(eq(oparlMeeting.objectId, gone!.id))).toEqual(
			[]
		);
		expect(
			await db.select().from(oparlAgendaItem).where(eq(oparlAgendaItem.meetingId, gone!.id))
		).toEqual([]);
	}, 300_000);

	it('resumes a run that was stopped mid-way at its cursor, without duplicates', async () => {
		const stop = new AbortController();
		const first = await syncForTest({
			sourceId,
			kind: 'full',
			placeholderLimit: 0,
			signal: stop.signal,
			onProgress: (event) => {
				if (event.pagesFetched >= 4) stop.abort();
			}
		});
		expect(first.status).toBe('interrupted');
		const [interrupted] = await db
			.select()
			.from(oparlSyncRun)
			.where(eq(oparlSyncRun.id, first.runId));
		const donePages = Object.values(interrupted!.cursor).reduce((sum, list) => sum + list.pages, 0);
		expect(donePages).toBeGreaterThanOrEqual(4);
		// Stopped before the end: not all of the 12 pages are in the cursor.
		expect(donePages).toBeLessThan(12);
		const pagesBefore = new Set(
			server.requests.filter((request) => request.status === 200).map((request) => request.path)
		);
		server.clearRequests();

		const second = await syncForTest({ sourceId, kind: 'full', placeholderLimit: 0 });
		expect(second).toMatchObject({ status: 'succeeded', resumed: true, runId: first.runId });
		expect(await stored()).toEqual(expectedFullImport);
		expect(second.pagesFetched).toBe(12);
		// Pages written before the stop were not asked for again (only the System and body list).
		const written = Object.entries(interrupted!.cursor)
			.filter(([, list]) => list.done)
			.map(([url]) => new URL(url).pathname);
		for (const path of written) {
			if (path.endsWith('/body')) continue;
			expect(server.requests.some((request) => request.path === path)).toBe(false);
		}
		expect(pagesBefore.size).toBeGreaterThan(0);
	}, 300_000);

	it('retries what may pass, records what does not, and does not count the run as successful', async () => {
		server.injectFault({ kind: 'status', status: 503, retryAfter: 0, match: '/person', times: 1 });
		server.injectFault({ kind: 'brokenJson', match: /\/meeting\?page=2/ });
		server.injectFault({ kind: 'wrongCount', match: /\/organization/, totalElements: 30 });
		const summary = await syncForTest({ sourceId, kind: 'full', placeholderLimit: 0 });
		expect(summary).toMatchObject({ status: 'failed', listsFailed: 1 });
		expect(summary.error).toContain('Eine Liste konnte nicht vollständig gelesen werden');
		expect(server.requests.filter((request) => request.status === 503)).toHaveLength(1);
		expect((await stored()).person).toBe(49);

		const [broken] = await problemsOf('invalid_json');
		expect(broken!.url).toMatch(/\/meeting\?page=2$/);
		expect(broken!.message).toContain('kein gültiges JSON');
		const [count] = await problemsOf('count_mismatch');
		expect(count!.message).toBe(
			'Die Liste gibt 30 Einträge an („pagination.totalElements“), geliefert wurden 22'
		);
		const [run] = await db.select().from(oparlSyncRun).where(eq(oparlSyncRun.id, summary.runId));
		const meetings = Object.entries(run!.cursor).find(([url]) => url.endsWith('/meeting'))![1];
		expect(meetings).toMatchObject({ done: false, pages: 1 });
		expect(meetings.next).toMatch(/\/meeting\?page=2$/);
		const [source] = await db.select().from(oparlSource).where(eq(oparlSource.id, sourceId));
		expect(source!.lastSuccessfulSyncAt).toBeNull();
	}, 300_000);
});

function firstLiveId(server: OparlTestServer, list: 'paper' | 'meeting'): string {
	for (let n = 1; n < 5000; n++) {
		const id = `${HUERTGENWALD_API}/body/1/${list}/${n}`;
		const object = server.get(id);
		if (object && object.deleted !== true) return id;
	}
	throw new Error(`no ${list}`);
}
