import { and, eq, isNotNull } from 'drizzle-orm';
import { deleteFileIfUnused } from '../../files/delete-unused-file';
import { enqueueMany, isJobQueueRunning } from '../../jobs';
import { oparlFile, oparlObject } from '../schema';
import type { OparlExecutor } from '../search/executor';
import { queueOrLeaveTo } from './queue-or-leave';

/** Hashes per `oparl.file.release` job: a few seconds of deletes, a small payload. */
export const RELEASE_BATCH_SIZE = 200;

/**
 * The stored bytes a source's council files hold, read in the transaction that deletes the source
 * (afterwards the rows are gone and with them the only record of which bytes were its).
 */
export async function storedHashesOfSource(
	executor: OparlExecutor,
	sourceId: string
): Promise<string[]> {
	const rows = await executor
		.select({ sha256: oparlFile.sha256 })
		.from(oparlFile)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlFile.objectId))
		.where(and(eq(oparlObject.sourceId, sourceId), isNotNull(oparlFile.sha256)))
		.groupBy(oparlFile.sha256)
		.orderBy(oparlFile.sha256);
	return rows.map((row) => row.sha256!);
}

/**
 * After a source's deletion committed: asks the queue to let go of its bytes now rather than at
 * the nightly clean-up. Never throws for the queue: without one (the CLI) or when the enqueue
 * fails, `oparl.file.cleanup` still collects them. Returns how many jobs were queued.
 */
export async function queueStoredFileRelease(hashes: readonly string[]): Promise<number> {
	if (hashes.length === 0 || !isJobQueueRunning()) return 0;
	const jobs: { payload: { hashes: string[] } }[] = [];
	for (let start = 0; start < hashes.length; start += RELEASE_BATCH_SIZE)
		jobs.push({ payload: { hashes: hashes.slice(start, start + RELEASE_BATCH_SIZE) } });
	const queued = await queueOrLeaveTo(
		'die nächtliche Bereinigung',
		'Aufräumen der Dateien einer gelöschten Quelle',
		() => enqueueMany('oparl.file.release', jobs)
	);
	return queued ? jobs.length : 0;
}

/**
 * Deletes those of the given stored files that nothing refers to any more, by the rule of the
 * nightly sweep (sweep-unused-files.ts): the database refuses the delete of a file still referenced
 * anywhere (another source's copy, a motion attachment, an image), and that file stays. Unlike the
 * sweep it skips the grace period for young files: these hashes were a council file's, not an
 * upload about to be referred to; should the same bytes be stored again at this very moment, that
 * download fails on the missing row and its retry stores them anew. Returns how many were deleted.
 */
export async function releaseStoredFiles(hashes: readonly string[]): Promise<number> {
	let deleted = 0;
	for (const sha256 of hashes) if (await deleteFileIfUnused(sha256)) deleted += 1;
	return deleted;
}
