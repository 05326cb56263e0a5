import { and, eq, inArray } from 'drizzle-orm';
import { db } from '../../db';
import { enqueueMany, isJobQueueRunning, type EnqueueOptions } from '../../jobs';
import { oparlFile, oparlObject } from '../schema';
import { outsideTransaction, type OparlExecutor } from '../search/executor';
import { downloadablePendingFiles } from './downloadable';
import { queueOrLeaveTo } from './queue-or-leave';

/**
 * A moment's delay before a download starts: the sync calls this inside the transaction that
 * writes the page, and the job must find the file row committed. Should it still run first, it
 * finds nothing pending and the sweep asks again.
 */
const START_AFTER_SECONDS = 5;

/**
 * Hands files to the queue in one insert per thousand, one waiting job per file: the key makes
 * the sync, the sweep and a resume asking for the same file leave a single job.
 */
export async function queueFileDownloads(
	fileIds: readonly string[],
	options: Pick<EnqueueOptions, 'startAfter'> = {}
): Promise<void> {
	await enqueueMany(
		'oparl.file.download',
		fileIds.map((fileId) => ({
			payload: { fileId },
			options: { ...options, singletonKey: fileId }
		}))
	);
}

/**
 * Asks the job queue to download these council files (ids of `oparl_file` rows; other ids are
 * ignored, so the sync may pass every object a page wrote). Only pending files that may be
 * fetched now are queued (not those of a paused source or an unfollowed body: see
 * downloadable.ts), one waiting job per file. Inside a transaction the jobs are queued once it
 * lets go of the connection (see outsideTransaction). Never throws for the queue: without a
 * running queue (the CLI, demo seeding) or when the enqueue fails, the sweep
 * (`oparl.file.download-sweep`) picks them up. Returns how many files were handed to the queue.
 */
export async function enqueueOparlFileDownloads(
	executor: OparlExecutor,
	fileObjectIds: readonly string[]
): Promise<number> {
	if (fileObjectIds.length === 0 || !isJobQueueRunning()) return 0;
	const pending = await downloadablePendingFiles(
		executor,
		inArray(oparlFile.objectId, [...new Set(fileObjectIds)])
	);
	if (pending.length === 0) return 0;
	await outsideTransaction(executor, 'Der Download von Ratsdateien', () =>
		queueFileDownloads(
			pending.map((row) => row.id),
			{ startAfter: START_AFTER_SECONDS }
		)
	);
	return pending.length;
}

/**
 * After a source was resumed or bodies were followed again: queues the files that waited
 * meanwhile (of the whole source, or of these bodies), now rather than a few hundred at a time
 * with the sweep. Never throws for the queue (the change it follows is saved already): without
 * a running queue, or when the enqueue fails, the sweep still takes them. Returns how many.
 */
export async function enqueueHeldFileDownloads(options: {
	sourceId: string;
	bodyIds?: readonly string[];
}): Promise<number> {
	if (!isJobQueueRunning() || options.bodyIds?.length === 0) return 0;
	const pending = await downloadablePendingFiles(
		db,
		and(
			eq(oparlObject.sourceId, options.sourceId),
			options.bodyIds ? inArray(oparlObject.bodyId, [...options.bodyIds]) : undefined
		)
	);
	if (pending.length === 0) return 0;
	const queued = await queueOrLeaveTo('der regelmäßige Durchlauf', 'Wartende Ratsdateien', () =>
		queueFileDownloads(pending.map((row) => row.id))
	);
	return queued ? pending.length : 0;
}
