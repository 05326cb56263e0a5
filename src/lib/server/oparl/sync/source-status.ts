import { and, desc, eq, sql } from 'drizzle-orm';
import { OPARL_OBJECT_TYPES, type OparlObjectType, type SyncRunStatus } from '$lib/shared/oparl';
import { db } from '../../db';
import { oparlBody, oparlObject, oparlProblem, oparlSource, oparlSyncRun } from '../schema';

export interface OparlSourceStatus {
	id: string;
	name: string;
	systemUrl: string;
	oparlVersion: string;
	enabled: boolean;
	bodies: { id: string; name: string; followed: boolean }[];
	/** Stored objects by OParl type (neither placeholders nor deleted), every type listed. */
	counts: Record<OparlObjectType, number>;
	/** Referenced objects not fetched yet. */
	placeholders: number;
	/** Objects the server marked deleted. */
	deleted: number;
	/** Problems recorded by the latest run (what the report shows first). */
	problems: number;
	/** Problems recorded over all runs kept. */
	problemsTotal: number;
	/** When the last successful run finished (ISO 8601), null before the first. */
	lastSuccessfulSync: string | null;
	latestRun: {
		id: string;
		kind: string;
		status: SyncRunStatus;
		startedAt: string;
		finishedAt: string | null;
		objectsSeen: number;
		problemCount: number;
		error: string | null;
	} | null;
}

/** What `oparl:status` reports per source (ordered by name). */
export async function listOparlSourceStatus(): Promise<OparlSourceStatus[]> {
	const sources = await db.select().from(oparlSource).orderBy(oparlSource.name);
	const result: OparlSourceStatus[] = [];
	for (const source of sources) {
		const rows = await db
			.select({
				type: oparlObject.type,
				placeholder: oparlObject.placeholder,
				deleted: oparlObject.deleted,
				n: sql<number>`count(*)::int`
			})
			.from(oparlObject)
			.where(eq(oparlObject.sourceId, source.id))
			.groupBy(oparlObject.type, oparlObject.placeholder, oparlObject.deleted);
		const counts = Object.fromEntries(OPARL_OBJECT_TYPES.map((type) => [type, 0])) as Record<
			OparlObjectType,
			number
		>;
		let placeholders = 0;
		let deleted = 0;
		for (const row of rows) {
			if (row.placeholder) placeholders += row.n;
			else if (row.deleted) deleted += row.n;
			else counts[row.type] = (counts[row.type] ?? 0) + row.n;
		}
		const [latest] = await db
			.select()
			.from(oparlSyncRun)
			.where(eq(oparlSyncRun.sourceId, source.id))
			.orderBy(desc(oparlSyncRun.startedAt))
			.limit(1);
		const [total] = await db
			.select({ n: sql<number>`count(*)::int` })
			.from(oparlProblem)
			.where(eq(oparlProblem.sourceId, source.id));
		const [ofLatest] = latest
			? await db
					.select({ n: sql<number>`count(*)::int` })
					.from(oparlProblem)
					.where(and(eq(oparlProblem.sourceId, source.id), eq(oparlProblem.runId, latest.id)))
			: [{ n: 0 }];
		const bodies = await db
			.select({ id: oparlBody.objectId, name: oparlBody.name, followed: oparlBody.followed })
			.from(oparlBody)
			.where(eq(oparlBody.sourceId, source.id))
			.orderBy(oparlBody.name);
		result.push({
			id: source.id,
			name: source.name,
			systemUrl: source.systemUrl,
			oparlVersion: source.oparlVersion,
			enabled: source.enabled,
			bodies,
			counts,
			placeholders,
			deleted,
			problems: ofLatest?.n ?? 0,
			problemsTotal: total?.n ?? 0,
			lastSuccessfulSync: source.lastSuccessfulSyncAt?.toISOString() ?? null,
			latestRun: latest
				? {
						id: latest.id,
						kind: latest.kind,
						status: latest.status,
						startedAt: latest.startedAt.toISOString(),
						finishedAt: latest.finishedAt?.toISOString() ?? null,
						objectsSeen: latest.objectsSeen,
						problemCount: latest.problemCount,
						error: latest.error
					}
				: null
		});
	}
	return result;
}
