import { and, eq, inArray } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { searchDocument } from '../../search/schema';
import { createTestDatabase } from '../../testing/test-db';
import { syncProgress } from '../admin/sync-progress';
import {
	oparlAgendaItem,
	oparlBody,
	oparlMeeting,
	oparlObject,
	oparlPaper,
	oparlProblem,
	oparlSource,
	oparlSyncRun
} from '../schema';
import {
	startOparlTestServer,
	type OparlTestServer,
	type OparlTestServerOptions
} from '../testing/oparl-test-server';
import { syntheticOparlCorpus } from '../testing/synthetic-corpus';
import { addOparlSource } from './add-source';
import { VANISH_MIN_COUNT } from './detect-vanished';
import { syncForTest } from './testing/sync-fixture';

const corpus = syntheticOparlCorpus({ papers: 48, meetings: 4, persons: 6, filesPerPaper: 1 });
const BODY = corpus.bodyId;
const paper = (n: number) => `${BODY}/paper/${n}`;
const meeting = (n: number) => `${BODY}/meeting/${n}`;
const servers: OparlTestServer[] = [];

beforeAll(async () => {
	// One database for the file: every test imports its own source.
	await createTestDatabase();
});

afterEach(async () => {
	await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** The corpus on a server of its own, added as a source with its body followed. */
async function importedSource(options: OparlTestServerOptions = {}) {
	const server = await startOparlTestServer({ objects: corpus.objects, ...options });
	servers.push(server);
	const { sourceId } = await addOparlSource(server.systemUrl, 'cli');
	await db
		.update(oparlSource)
		.set({ requestsPerSecond: 0, concurrency: 4, timeoutSeconds: 60 })
		.where(eq(oparlSource.id, sourceId));
	await db.update(oparlBody).set({ followed: true }).where(eq(oparlBody.sourceId, sourceId));
	const first = await syncForTest({ sourceId, placeholderLimit: 0 });
	expect(first.status).toBe('succeeded');
	return { server, sourceId };
}

async function stateOf(sourceId: string, server: OparlTestServer, ids: string[]) {
	const rows = await db
		.select({ oparlId: oparlObject.oparlId, id: oparlObject.id, deleted: oparlObject.deleted })
		.from(oparlObject)
		.where(
			and(
				eq(oparlObject.sourceId, sourceId),
				inArray(
					oparlObject.oparlId,
					ids.map((id) => server.url(id))
				)
			)
		);
	return new Map(rows.map((row) => [row.oparlId.replace(/^http:\/\/[^/]+/, ''), row]));
}

const path = (id: string) => id.replace(/^https:\/\/[^/]+/, '');

async function runRow(runId: string) {
	const [run] = await db.select().from(oparlSyncRun).where(eq(oparlSyncRun.id, runId));
	return run!;
}

describe('objects a server stops listing without a tombstone', () => {
	it('are marked deleted after a full run, with what is embedded in them, their projections and search rows', async () => {
		const { server, sourceId } = await importedSource();
		const before = await stateOf(sourceId, server, [paper(3), paper(4), meeting(2)]);
		const paperIds = [paper(3), paper(4)].map((id) => before.get(path(id))!.id);
		const meetingId = before.get(path(meeting(2)))!.id;
		expect(
			await db
				.select({ id: searchDocument.id })
				.from(searchDocument)
				.where(inArray(searchDocument.sourceId, [...paperIds, meetingId]))
		).toHaveLength(3);

		server.mutate({ remove: [paper(3), paper(4), meeting(2)] });
		const summary = await syncForTest({ sourceId, kind: 'full', placeholderLimit: 0 });
		expect(summary.status).toBe('succeeded');

		const after = await stateOf(sourceId, server, [paper(3), paper(4), paper(5), meeting(2)]);
		expect(after.get(path(paper(3)))!.deleted).toBe(true);
		expect(after.get(path(paper(4)))!.deleted).toBe(true);
		expect(after.get(path(paper(5)))!.deleted).toBe(false);
		expect(after.get(path(meeting(2)))!.deleted).toBe(true);
		// Embedded objects go with their parent: the files and consultations of the papers, the
		// agenda items of the meeting.
		const children = await db
			.select({ type: oparlObject.type, deleted: oparlObject.deleted })
			.from(oparlObject)
			.where(inArray(oparlObject.parentId, [...paperIds, meetingId]));
		expect(children.length).toBeGreaterThan(3);
		expect(children.every((child) => child.deleted)).toBe(true);
		expect(
			await db.select().from(oparlPaper).where(inArray(oparlPaper.objectId, paperIds))
		).toEqual([]);
		expect(
			await db.select().from(oparlMeeting).where(eq(oparlMeeting.objectId, meetingId))
		).toEqual([]);
		expect(
			await db.select().from(oparlAgendaItem).where(eq(oparlAgendaItem.meetingId, meetingId))
		).toEqual([]);
		expect(
			await db
				.select({ id: searchDocument.id })
				.from(searchDocument)
				.where(inArray(searchDocument.sourceId, [...paperIds, meetingId]))
		).toEqual([]);

		// Counted apart from the deletions the server reported, and shown in the run's report.
		const run = await runRow(summary.runId);
		expect(run).toMatchObject({ objectsVanished: 3, objectsDeleted: 0 });
		expect(syncProgress(run).objectsVanished).toBe(3);

		// A later full run finds nothing new to mark; an object listed again comes back.
		server.mutate({ add: [corpus.objects.find((object) => object.id === paper(3))!] });
		const again = await syncForTest({ sourceId, kind: 'full', placeholderLimit: 0 });
		expect((await runRow(again.runId)).objectsVanished).toBe(0);
		const back = await stateOf(sourceId, server, [paper(3)]);
		expect(back.get(path(paper(3)))!.deleted).toBe(false);
	}, 120_000);

	it('are kept after an incremental run whose filter the server honoured (it lists only changes)', async () => {
		const { server, sourceId } = await importedSource();
		server.mutate({ remove: [paper(7)] });
		const summary = await syncForTest({ sourceId, placeholderLimit: 0 });
		expect(summary).toMatchObject({ status: 'succeeded', kind: 'incremental' });
		const run = await runRow(summary.runId);
		const papers = Object.entries(run.cursor).find(([url]) => url.endsWith('/paper'))![1];
		expect(papers.modifiedSince).toBe('honoured');
		expect(run.objectsVanished).toBe(0);
		expect((await stateOf(sourceId, server, [paper(7)])).get(path(paper(7)))!.deleted).toBe(false);
	}, 120_000);

	it('are found by an incremental run when the server ignores the filter and lists everything', async () => {
		const { server, sourceId } = await importedSource({ listFilters: 'ignore' });
		server.mutate({ remove: [paper(8)] });
		const summary = await syncForTest({ sourceId, placeholderLimit: 0 });
		expect(summary).toMatchObject({ status: 'succeeded', kind: 'incremental' });
		expect((await runRow(summary.runId)).objectsVanished).toBe(1);
		expect((await stateOf(sourceId, server, [paper(8)])).get(path(paper(8)))!.deleted).toBe(true);
	}, 120_000);

	it('never include an object no list page ever held (one fetched at its own URL, e.g. a filled placeholder)', async () => {
		const { server, sourceId } = await importedSource();
		const stored = await stateOf(sourceId, server, [paper(10)]);
		// As the store leaves an object it fetched on its own: no list run recorded.
		await db
			.update(oparlObject)
			.set({ lastSeenRunId: null })
			.where(eq(oparlObject.id, stored.get(path(paper(10)))!.id));
		server.mutate({ remove: [paper(10), paper(11)] });
		const summary = await syncForTest({ sourceId, kind: 'full', placeholderLimit: 0 });
		expect((await runRow(summary.runId)).objectsVanished).toBe(1);
		const after = await stateOf(sourceId, server, [paper(10), paper(11)]);
		expect(after.get(path(paper(10)))!.deleted).toBe(false);
		expect(after.get(path(paper(11)))!.deleted).toBe(true);
	}, 120_000);

	it('are kept when their list could not be read to its end', async () => {
		const { server, sourceId } = await importedSource({ pageSize: 10 });
		server.mutate({ remove: [paper(9)] });
		// The paper list's second page fails every time: the walk stops before its end.
		server.injectFault({
			kind: 'status',
			status: 404,
			match: ({ url }) => /\/paper\?(.*&)?page=2\b/.test(url)
		});
		const summary = await syncForTest({ sourceId, kind: 'full', placeholderLimit: 0 });
		expect(summary.status).toBe('failed');
		expect((await runRow(summary.runId)).objectsVanished).toBe(0);
		expect((await stateOf(sourceId, server, [paper(9)])).get(path(paper(9)))!.deleted).toBe(false);
	}, 120_000);

	it('are all kept, with a problem for the board, when more than half of a list would vanish at once', async () => {
		const { server, sourceId } = await importedSource();
		const gone = Array.from({ length: VANISH_MIN_COUNT + 5 }, (_, index) => paper(index + 1));
		server.mutate({ remove: gone });
		const summary = await syncForTest({ sourceId, kind: 'full', placeholderLimit: 0 });
		expect(summary.status).toBe('succeeded');
		const run = await runRow(summary.runId);
		expect(run.objectsVanished).toBe(0);
		const state = await stateOf(sourceId, server, gone);
		expect([...state.values()].some((row) => row.deleted)).toBe(false);
		const problems = await db
			.select()
			.from(oparlProblem)
			.where(and(eq(oparlProblem.runId, run.id), eq(oparlProblem.kind, 'mass_vanish')));
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toContain('25 von 48');
		expect(problems[0]!.url).toMatch(/\/paper$/);
		expect(run.problemCount).toBeGreaterThanOrEqual(1);
	}, 120_000);
});
