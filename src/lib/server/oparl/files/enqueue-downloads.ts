import { and, eq, inArray } from 'drizzle-orm';
import { enqueue, isJobQueueRunning } from '../../jobs';
import { oparlFile } from '../schema';
import { outsideTransaction, type OparlExecutor } from '../search/executor';

/**
 * A moment's delay before a download starts: the sync calls this inside the transaction that
 * writes the page, and the job must find the file row committed. Should it still run first, it
 * finds nothing pending and the sweep asks again.
 */
const START_AFTER_SECONDS = 5;

/**
 * Asks the job queue to download these council files (ids of `oparl_file` rows; other ids are
 * ignored, so the sync may pass every object a page wrote). Only pending files are queued, one
 * waiting job per file. Inside a transaction the jobs are queued once it lets go of the
 * connection (see outsideTransaction). Never throws for the queue: without a running queue (the
 * CLI, demo seeding) or when the enqueue fails, the sweep (`oparl.file.download-sweep`) picks
 * them up. Returns how many pending files were handed to the queue.
 */
export async function enqueueOparlFileDownloads(
	executor: OparlExecutor,
	fileObjectIds: readonly string[]
): Promise<number> {
	if (fileObjectIds.length === 0 || !isJobQueueRunning()) return 0;
	const pending = await executor
		.select({ id: oparlFile.objectId })
		.from(oparlFile)
		.where(
			and(
				inArray(oparlFile.objectId, [...new Set(fileObjectIds)]),
				eq(oparlFile.downloadStatus, 'pending')
			)
		);
	if (pending.length === 0) return 0;
	await outsideTransaction(executor, 'Der Download von Ratsdateien', async () => {
		for (const { id } of pending) {
			await enqueue(
				'oparl.file.download',
				{ fileId: id },
				{ singletonKey: id, startAfter: START_AFTER_SECONDS }
			);
		}
	});
	return pending.length;
}
