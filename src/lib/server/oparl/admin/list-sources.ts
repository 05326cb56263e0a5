import { asc, count, desc, sql } from 'drizzle-orm';
import type { SyncProgress } from '$lib/shared/oparl-admin';
import type { OparlVersion } from '$lib/shared/oparl';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { oparlBody, oparlSource, oparlSyncRun } from '../schema';
import { syncProgress } from './sync-progress';

export interface OparlSourceListEntry {
	id: string;
	name: string;
	systemUrl: string;
	oparlVersion: OparlVersion;
	enabled: boolean;
	bodies: number;
	followedBodies: number;
	lastSuccessfulSyncAt: Date | null;
	/** The newest run: running now, or how the last one ended. */
	latestRun: SyncProgress | null;
}

/** The sources on the board's overview, by name, each with its followed bodies and newest run. */
export async function listOparlSources(options: {
	actor: SessionUser | null;
	now?: Date;
}): Promise<OparlSourceListEntry[]> {
	assertCan(options.actor, 'oparl.manage');
	const sources = await db.select().from(oparlSource).orderBy(asc(oparlSource.name));
	if (sources.length === 0) return [];
	const bodyCounts = await db
		.select({
			sourceId: oparlBody.sourceId,
			bodies: count(),
			followed: sql<number>`count(*) filter (where ${oparlBody.followed})`.mapWith(Number)
		})
		.from(oparlBody)
		.groupBy(oparlBody.sourceId);
	const latestRuns = await db
		.selectDistinctOn([oparlSyncRun.sourceId])
		.from(oparlSyncRun)
		.orderBy(oparlSyncRun.sourceId, desc(oparlSyncRun.startedAt));
	const bodiesBySource = new Map(bodyCounts.map((row) => [row.sourceId, row]));
	const runBySource = new Map(latestRuns.map((run) => [run.sourceId, run]));
	return sources.map((source) => {
		const bodies = bodiesBySource.get(source.id);
		const run = runBySource.get(source.id);
		return {
			id: source.id,
			name: source.name,
			systemUrl: source.systemUrl,
			oparlVersion: source.oparlVersion,
			enabled: source.enabled,
			bodies: bodies?.bodies ?? 0,
			followedBodies: bodies?.followed ?? 0,
			lastSuccessfulSyncAt: source.lastSuccessfulSyncAt,
			latestRun: run ? syncProgress(run, options.now) : null
		};
	});
}
