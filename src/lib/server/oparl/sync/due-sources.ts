import { and, desc, eq, exists } from 'drizzle-orm';
import { db } from '../../db';
import { oparlBody, oparlSource, oparlSyncRun } from '../schema';
import { isRunAlive } from './run-liveness';

/**
 * Sources the schedule should sync now: enabled, following a body, and either never run, their
 * latest run interrupted (resume it), or that run started at least `syncIntervalHours` ago.
 * Counting from the latest start (not the last success) keeps a broken server from being asked
 * every few minutes.
 */
export async function dueOparlSources(now: Date = new Date()): Promise<string[]> {
	const sources = await db
		.select({ id: oparlSource.id, syncIntervalHours: oparlSource.syncIntervalHours })
		.from(oparlSource)
		.where(
			and(
				eq(oparlSource.enabled, true),
				exists(
					db
						.select({ id: oparlBody.objectId })
						.from(oparlBody)
						.where(and(eq(oparlBody.sourceId, oparlSource.id), eq(oparlBody.followed, true)))
				)
			)
		);
	const due: string[] = [];
	for (const source of sources) {
		const [latest] = await db
			.select()
			.from(oparlSyncRun)
			.where(eq(oparlSyncRun.sourceId, source.id))
			.orderBy(desc(oparlSyncRun.startedAt))
			.limit(1);
		if (!latest) due.push(source.id);
		else if (latest.status === 'running') {
			if (!isRunAlive(latest, now)) due.push(source.id);
		} else if (latest.status === 'interrupted') due.push(source.id);
		else if (now.getTime() - latest.startedAt.getTime() >= source.syncIntervalHours * 3_600_000) {
			due.push(source.id);
		}
	}
	return due;
}
