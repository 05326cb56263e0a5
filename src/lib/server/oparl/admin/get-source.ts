import { asc, count, desc, eq } from 'drizzle-orm';
import type { SyncProgress } from '$lib/shared/oparl-admin';
import { assertCan } from '../../auth/policy';
import { user } from '../../auth/schema';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { oparlBody, oparlMeeting, oparlPaper, oparlSyncRun } from '../schema';
import { requireSource } from './find-source';
import { syncProgress } from './sync-progress';

const RUN_HISTORY = 20;

export interface OparlSourceBody {
	id: string;
	name: string;
	shortName: string | null;
	ags: string | null;
	website: string | null;
	followed: boolean;
	papers: number;
	meetings: number;
}

/**
 * Everything the board's page of one source shows: settings, bodies (with what was imported of
 * each), the newest runs (the first may be running).
 */
export async function getOparlSource(options: {
	actor: SessionUser | null;
	sourceId: string;
	now?: Date;
}) {
	assertCan(options.actor, 'oparl.manage');
	const source = await requireSource(options.sourceId);
	const [bodies, papers, meetings, runs] = await Promise.all([
		db
			.select()
			.from(oparlBody)
			.where(eq(oparlBody.sourceId, source.id))
			.orderBy(asc(oparlBody.name)),
		db
			.select({ bodyId: oparlPaper.bodyId, total: count() })
			.from(oparlPaper)
			.innerJoin(oparlBody, eq(oparlBody.objectId, oparlPaper.bodyId))
			.where(eq(oparlBody.sourceId, source.id))
			.groupBy(oparlPaper.bodyId),
		db
			.select({ bodyId: oparlMeeting.bodyId, total: count() })
			.from(oparlMeeting)
			.innerJoin(oparlBody, eq(oparlBody.objectId, oparlMeeting.bodyId))
			.where(eq(oparlBody.sourceId, source.id))
			.groupBy(oparlMeeting.bodyId),
		latestRuns(source.id, RUN_HISTORY, options.now)
	]);
	const paperCount = new Map(papers.map((row) => [row.bodyId, row.total]));
	const meetingCount = new Map(meetings.map((row) => [row.bodyId, row.total]));
	return {
		source,
		bodies: bodies.map((body): OparlSourceBody => ({
			id: body.objectId,
			name: body.name,
			shortName: body.shortName,
			ags: body.ags,
			website: body.website,
			followed: body.followed,
			papers: paperCount.get(body.objectId) ?? 0,
			meetings: meetingCount.get(body.objectId) ?? 0
		})),
		runs
	};
}

/** The newest runs of a source, newest first, with who started them. */
export async function latestRuns(
	sourceId: string,
	limit: number,
	now?: Date
): Promise<SyncProgress[]> {
	const rows = await db
		.select({ run: oparlSyncRun, startedByName: user.name })
		.from(oparlSyncRun)
		.leftJoin(user, eq(user.id, oparlSyncRun.startedById))
		.where(eq(oparlSyncRun.sourceId, sourceId))
		.orderBy(desc(oparlSyncRun.startedAt))
		.limit(limit);
	return rows.map((row) => syncProgress({ ...row.run, startedByName: row.startedByName }, now));
}
