import { eq } from 'drizzle-orm';
import PQueue from 'p-queue';
import { db } from '../../db';
import { oparlObject, oparlSource } from '../schema';
import { downloadOparlFile, type DownloadOutcome } from './download-file';
import { downloadablePendingFiles } from './downloadable';

export type DownloadTally = Record<DownloadOutcome, number>;

export interface SourceDownloadProgress {
	done: number;
	total: number;
	tally: DownloadTally;
}

/**
 * Downloads a source's pending files here and now (the CLI after `oparl:sync`), each through the
 * same `downloadOparlFile` as the job `oparl.file.download` (also for a paused source: the
 * operator asked for it; files of bodies not followed stay pending): the same size limit, the same row
 * claim (a job busy with a file is left alone: `skipped`), the same attempt counting. As many at
 * once as the source's concurrency allows. A file that failed for now (`retry`) is not asked
 * again in this call; the job queue's sweep takes it later.
 */
export async function downloadSourceFiles(options: {
	sourceId: string;
	signal?: AbortSignal;
	onProgress?: (progress: SourceDownloadProgress) => void;
}): Promise<SourceDownloadProgress> {
	const [source] = await db
		.select({ concurrency: oparlSource.concurrency })
		.from(oparlSource)
		.where(eq(oparlSource.id, options.sourceId));
	const ids = source
		? (
				await downloadablePendingFiles(db, eq(oparlObject.sourceId, options.sourceId), {
					evenIfPaused: true
				})
			).map((row) => row.id)
		: [];
	const progress: SourceDownloadProgress = {
		done: 0,
		total: ids.length,
		tally: {
			stored: 0,
			too_large: 0,
			unavailable: 0,
			unsupported: 0,
			failed: 0,
			retry: 0,
			skipped: 0,
			held: 0
		}
	};
	if (ids.length === 0) return progress;
	options.onProgress?.(progress);
	const queue = new PQueue({ concurrency: Math.max(1, source!.concurrency) });
	await Promise.all(
		ids.map((fileId) =>
			queue.add(async () => {
				if (options.signal?.aborted) return;
				let outcome: DownloadOutcome;
				try {
					outcome = await downloadOparlFile(fileId, {
						signal: options.signal,
						evenIfPaused: true
					});
				} catch (error) {
					// Ctrl+C: the file stays pending (its claim freed) for the next call or the queue.
					if (options.signal?.aborted) return;
					throw error;
				}
				progress.tally[outcome] += 1;
				progress.done += 1;
				options.onProgress?.(progress);
			})
		)
	);
	options.signal?.throwIfAborted();
	return progress;
}
