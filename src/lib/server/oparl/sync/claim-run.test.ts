import os from 'node:os';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { emptyTestDatabase } from '../../testing/test-db';
import { oparlSource, oparlSyncRun } from '../schema';
import { createOparlSourceWithBody } from '../testing/seed-oparl';
import { claimRun, MODIFIED_SINCE_MARGIN_MS, SyncAlreadyRunningError } from './claim-run';
import { dueOparlSources } from './due-sources';
import { currentOwner, markRunActive, markRunInactive, STALE_AFTER_MS } from './run-liveness';

let sourceId: string;

beforeEach(async () => {
	await emptyTestDatabase();
	({ sourceId } = await createOparlSourceWithBody(db));
});

async function source() {
	const [row] = await db.select().from(oparlSource).where(eq(oparlSource.id, sourceId));
	return row!;
}

async function runningRun(owner: string, heartbeatAt = new Date()) {
	const [run] = await db
		.insert(oparlSyncRun)
		.values({
			sourceId,
			kind: 'full',
			owner,
			heartbeatAt,
			cursor: { a: { next: 'x', done: false, pages: 2, seen: 50 } }
		})
		.returning();
	return run!;
}

/** A pid that is certainly not running on this machine. */
const DEAD_PID = 2 ** 22 + 12345;

describe('claimRun', () => {
	it('starts a full run first and later incremental ones from the last good start minus a margin', async () => {
		const first = await claimRun(await source(), 'incremental');
		expect(first).toMatchObject({
			resumed: false,
			run: { kind: 'full', modifiedSince: null, owner: currentOwner() }
		});
		const started = new Date('2026-11-01T08:00:00Z');
		await db
			.update(oparlSyncRun)
			.set({ status: 'succeeded' })
			.where(eq(oparlSyncRun.id, first.run.id));
		await db
			.update(oparlSource)
			.set({ lastSuccessfulSyncStartedAt: started })
			.where(eq(oparlSource.id, sourceId));
		const next = await claimRun(await source(), 'incremental');
		expect(next.run.kind).toBe('incremental');
		expect(next.run.modifiedSince!.getTime()).toBe(started.getTime() - MODIFIED_SINCE_MARGIN_MS);
	});

	it('never runs a source twice, and resumes a run whose process is gone', async () => {
		// A run of this very process that is still working.
		const mine = await runningRun(currentOwner());
		markRunActive(mine.id);
		await expect(claimRun(await source(), 'incremental')).rejects.toBeInstanceOf(
			SyncAlreadyRunningError
		);
		markRunInactive(mine.id);
		await db.delete(oparlSyncRun);

		// Another host with a fresh heartbeat: alive as far as anyone can tell.
		await runningRun('anderer-rechner:4711');
		await expect(claimRun(await source(), 'full')).rejects.toBeInstanceOf(SyncAlreadyRunningError);
		await db.delete(oparlSyncRun);

		// Killed on this host: known dead at once, taken up with its cursor.
		const killed = await runningRun(`${os.hostname()}:${DEAD_PID}`);
		const claimed = await claimRun(await source(), 'incremental');
		expect(claimed).toMatchObject({
			resumed: true,
			run: { id: killed.id, status: 'running', owner: currentOwner() }
		});
		expect(claimed.run.cursor.a).toMatchObject({ next: 'x', pages: 2 });
		await db.delete(oparlSyncRun);

		// Another host, silent for longer than the stale limit.
		const stale = await runningRun(
			'anderer-rechner:4711',
			new Date(Date.now() - STALE_AFTER_MS - 1000)
		);
		const taken = await claimRun(await source(), 'full');
		expect(taken).toMatchObject({ resumed: true, run: { id: stale.id } });
	});

	it('starts over when a full import is asked for after an interrupted incremental run', async () => {
		const [interrupted] = await db
			.insert(oparlSyncRun)
			.values({ sourceId, kind: 'incremental', status: 'interrupted' })
			.returning();
		const full = await claimRun(await source(), 'full');
		expect(full.resumed).toBe(false);
		expect(full.run.id).not.toBe(interrupted!.id);
	});
});

describe('dueOparlSources', () => {
	it('picks followed, enabled sources that never ran, were interrupted or ran an interval ago', async () => {
		expect(await dueOparlSources()).toEqual([sourceId]);
		const { sourceId: unfollowed } = await createOparlSourceWithBody(db, { followed: false });
		const { sourceId: paused } = await createOparlSourceWithBody(db);
		await db.update(oparlSource).set({ enabled: false }).where(eq(oparlSource.id, paused));
		expect(await dueOparlSources()).not.toContain(unfollowed);
		expect(await dueOparlSources()).not.toContain(paused);

		const now = new Date();
		const [run] = await db
			.insert(oparlSyncRun)
			.values({
				sourceId,
				kind: 'full',
				status: 'failed',
				startedAt: new Date(now.getTime() - 60_000)
			})
			.returning();
		expect(await dueOparlSources(now)).toEqual([]);
		expect(await dueOparlSources(new Date(now.getTime() + 6 * 3_600_000))).toEqual([sourceId]);
		await db
			.update(oparlSyncRun)
			.set({ status: 'interrupted' })
			.where(eq(oparlSyncRun.id, run!.id));
		expect(await dueOparlSources(now)).toEqual([sourceId]);
	});
});
