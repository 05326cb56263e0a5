import { and, eq, isNull, or, type SQL } from 'drizzle-orm';
import type { OparlExecutor } from '../search/executor';
import { oparlBody, oparlFile, oparlObject, oparlSource } from '../schema';

/**
 * Why a pending file is not fetched now: its source is paused (the board stopped it, or, as in
 * the demo, its host cannot be reached), or it belongs to a body nobody follows any more.
 * Either way it stays pending and is queued again when the source resumes or the body is
 * followed again (see enqueueHeldFileDownloads).
 */
export type DownloadHold = 'paused' | 'unfollowed';

/** The hold of one file from its source's `enabled` and its body's `followed` (null: no body). */
export function downloadHold(file: {
	enabled: boolean;
	followed: boolean | null;
}): DownloadHold | null {
	if (!file.enabled) return 'paused';
	if (file.followed === false) return 'unfollowed';
	return null;
}

/**
 * Pending files the background downloads may fetch now (not deleted, source enabled, body
 * followed or unknown), oldest first, narrowed by `where`. The one definition the sync's queueing,
 * the sweep and a resume share, so none of them hands the queue a file its job would only hold.
 * `evenIfPaused`: the CLI's downloads on demand (see DownloadOptions).
 */
export function downloadablePendingFiles(
	executor: OparlExecutor,
	where?: SQL,
	options: { evenIfPaused?: boolean } = {}
) {
	return executor
		.select({ id: oparlFile.objectId })
		.from(oparlFile)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlFile.objectId))
		.innerJoin(oparlSource, eq(oparlSource.id, oparlObject.sourceId))
		.leftJoin(oparlBody, eq(oparlBody.objectId, oparlObject.bodyId))
		.where(
			and(
				eq(oparlFile.downloadStatus, 'pending'),
				eq(oparlObject.deleted, false),
				options.evenIfPaused ? undefined : eq(oparlSource.enabled, true),
				or(isNull(oparlObject.bodyId), eq(oparlBody.followed, true)),
				where
			)
		)
		.orderBy(oparlObject.createdAt, oparlObject.id);
}

/** Holds already logged by this process, so hundreds of queued jobs leave one line, not hundreds. */
const reported = new Set<string>();
const MAX_REPORTED = 1_000;

/**
 * Says once per pause (per process) why a job left a file pending. A pause is told apart by the
 * source's `modifiedAt`, which every settings change moves: pausing again later logs again.
 */
export function reportHoldOnce(
	hold: DownloadHold,
	file: { sourceId: string; sourceName: string; modifiedAt: Date; bodyId: string | null }
): void {
	const key =
		hold === 'paused'
			? `${file.sourceId}:${file.modifiedAt.getTime()}`
			: `${file.bodyId}:unfollowed`;
	if (reported.has(key)) return;
	if (reported.size >= MAX_REPORTED) reported.clear();
	reported.add(key);
	console.info(
		hold === 'paused'
			? `Ratsdateien von „${file.sourceName}“ werden nicht geladen, solange die Quelle pausiert ist; sie bleiben ausstehend und werden beim Fortsetzen geladen.`
			: `Ratsdateien einer nicht verfolgten Körperschaft von „${file.sourceName}“ werden nicht geladen; sie bleiben ausstehend, bis ihr wieder gefolgt wird.`
	);
}
