import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { createTestDatabase } from '../../testing/test-db';
import { oparlProblem, oparlSource, oparlSyncRun } from '../schema';
import { huertgenwaldSource, syncForTest } from './testing/sync-fixture';

// One database for the file: each test syncs a server (and source) of its own.
beforeAll(async () => {
	await createTestDatabase();
});

/** An incremental run against a server that treats the filter its own way. */
async function incrementalAgainst(listFilters: 'ignore' | 'reject') {
	const { server, sourceId } = await huertgenwaldSource({ listFilters });
	try {
		// As if a run had succeeded a minute ago: every fixture object is older than that.
		await db
			.update(oparlSource)
			.set({ lastSuccessfulSyncStartedAt: new Date(Date.now() - 60_000) })
			.where(eq(oparlSource.id, sourceId));
		const summary = await syncForTest({ sourceId, placeholderLimit: 0 });
		const [run] = await db.select().from(oparlSyncRun).where(eq(oparlSyncRun.id, summary.runId));
		const papers = Object.entries(run!.cursor).find(([url]) => url.endsWith('/paper'))![1];
		return { summary, papers, sourceId, requests: server.requests };
	} finally {
		await server.close();
	}
}

describe('modified_since on OParl 1.0 servers', () => {
	it('walks the whole list when the server ignores the filter, and says so', async () => {
		const { summary, papers } = await incrementalAgainst('ignore');
		expect(summary).toMatchObject({ status: 'succeeded', kind: 'incremental' });
		expect(papers).toMatchObject({ modifiedSince: 'ignored', done: true, seen: 100 });
		// Nothing had been stored: the walk stored everything it was sent.
		expect(summary.objectsWritten).toBeGreaterThan(3000);
	}, 300_000);

	it('asks again without the filter when the server rejects it, and reports that once per list', async () => {
		const { summary, papers, sourceId, requests } = await incrementalAgainst('reject');
		expect(summary.status).toBe('succeeded');
		expect(papers).toMatchObject({ modifiedSince: 'rejected', done: true, seen: 100 });
		expect(
			requests.filter(
				(request) => request.path.includes('modified_since') && request.status === 400
			).length
		).toBeGreaterThanOrEqual(4);
		const rejected = await db
			.select()
			.from(oparlProblem)
			.where(and(eq(oparlProblem.sourceId, sourceId), eq(oparlProblem.kind, 'http_error')));
		expect(rejected.length).toBeGreaterThanOrEqual(4);
		expect(rejected[0]!.message).toContain('lehnt „modified_since“ ab');
	}, 300_000);
});
