import type { SyncProgress } from '$lib/shared/oparl-admin';
import type { oparlSyncRun } from '../schema';
import { isRunAlive, STALE_AFTER_MS } from '../sync/run-liveness';

/** A running run silent for this long was killed (the SYNC lane's figure). */
export const STALE_HEARTBEAT_MS = STALE_AFTER_MS;

type RunRow = typeof oparlSyncRun.$inferSelect;

export function syncProgress(
	run: RunRow & { startedByName?: string | null },
	now: Date = new Date()
): SyncProgress {
	const running = run.status === 'running';
	const end = running ? now : (run.finishedAt ?? run.heartbeatAt);
	const lists = Object.values(run.cursor ?? {});
	const claims = lists.map((list) => list.claimedTotal);
	const elapsedSeconds = Math.max(0, Math.round((end.getTime() - run.startedAt.getTime()) / 1000));
	return {
		runId: run.id,
		kind: run.kind,
		status: run.status,
		// Its process is gone (on this host known at once, elsewhere by a silent heartbeat).
		stale: running && !isRunAlive(run, now),
		startedAt: run.startedAt.toISOString(),
		finishedAt: run.finishedAt?.toISOString() ?? null,
		heartbeatAt: run.heartbeatAt.toISOString(),
		elapsedSeconds,
		requests: run.requests,
		pagesFetched: run.pagesFetched,
		objectsSeen: run.objectsSeen,
		objectsWritten: run.objectsWritten,
		objectsDeleted: run.objectsDeleted,
		objectsVanished: run.objectsVanished,
		placeholdersFilled: run.placeholdersFilled,
		filesDownloaded: run.filesDownloaded,
		problemCount: run.problemCount,
		objectsPerSecond:
			elapsedSeconds > 0 ? Math.round((run.objectsSeen / elapsedSeconds) * 10) / 10 : 0,
		listsDone: lists.filter((list) => list.done).length,
		listsStarted: lists.length,
		expectedObjects:
			lists.length > 0 && claims.every((claim) => typeof claim === 'number')
				? claims.reduce<number>((sum, claim) => sum + (claim ?? 0), 0)
				: null,
		listedObjects: lists.reduce((sum, list) => sum + (list.seen ?? 0), 0),
		error: run.error,
		startedByName: run.startedByName ?? null
	};
}
