import type { SyncProgress } from '$lib/shared/oparl-admin';
import type { oparlSyncRun } from '../schema';

/**
 * A running run writes its heartbeat with every page; one silent for this long was killed (its
 * next run resumes it). The page says so instead of showing a run that never ends.
 */
export const STALE_HEARTBEAT_MS = 3 * 60 * 1000;

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
		stale: running && now.getTime() - run.heartbeatAt.getTime() > STALE_HEARTBEAT_MS,
		startedAt: run.startedAt.toISOString(),
		finishedAt: run.finishedAt?.toISOString() ?? null,
		heartbeatAt: run.heartbeatAt.toISOString(),
		elapsedSeconds,
		requests: run.requests,
		pagesFetched: run.pagesFetched,
		objectsSeen: run.objectsSeen,
		objectsWritten: run.objectsWritten,
		objectsDeleted: run.objectsDeleted,
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
