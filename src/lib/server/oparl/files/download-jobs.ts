import { z } from 'zod';
import { registerJob, scheduleJob } from '../../jobs';
import { downloadOparlFile, MAX_DOWNLOAD_ATTEMPTS, pendingFileIds } from './download-file';
import { queueFileDownloads } from './enqueue-downloads';
import { RELEASE_BATCH_SIZE, releaseStoredFiles } from './release-source-files';
import { sweepUnusedStoredFiles } from './sweep-unused-files';

const downloadPayload = z.object({ fileId: z.uuid() });
const noPayload = z.object({}).strict();
const releasePayload = z.object({
	hashes: z
		.array(z.string().regex(/^[0-9a-f]{64}$/))
		.min(1)
		.max(RELEASE_BATCH_SIZE)
});

declare module '../../jobs/types' {
	interface JobPayloads {
		'oparl.file.download': z.infer<typeof downloadPayload>;
		'oparl.file.download-sweep': z.infer<typeof noPayload>;
		'oparl.file.cleanup': z.infer<typeof noPayload>;
		'oparl.file.release': z.infer<typeof releasePayload>;
	}
}

/** Thrown for the queue to try again later (backoff); the row keeps the error meanwhile. */
class DownloadRetryError extends Error {
	constructor(fileId: string) {
		super(`Datei ${fileId} wird später erneut geladen.`);
		this.name = 'DownloadRetryError';
	}
}

/**
 * Council file downloads in the background: one job per file, retried by the queue with backoff
 * (the attempts are also counted on the row, capped at MAX_DOWNLOAD_ATTEMPTS over all runs), and
 * a sweep every ten minutes for files whose job got lost (stored while no queue ran, the
 * enqueue raced the sync's transaction, a worker died), and a nightly clean-up of bytes nothing
 * refers to any more, and right after a source's deletion the bytes only it held.
 */
export function registerOparlFileJobs(): void {
	registerJob(
		'oparl.file.download',
		async ({ fileId }, context) => {
			const outcome = await downloadOparlFile(fileId, {
				isLastAttempt: context.isLastAttempt,
				signal: context.signal
			});
			if (outcome === 'retry') throw new DownloadRetryError(fileId);
		},
		{
			payload: downloadPayload,
			// One waiting job per file: the sync and the sweep may both ask for it.
			policy: 'short',
			concurrency: 2,
			retryLimit: MAX_DOWNLOAD_ATTEMPTS - 1,
			retryDelaySeconds: 60,
			retryBackoff: true,
			expireInSeconds: 10 * 60
		}
	);
	registerJob(
		'oparl.file.download-sweep',
		async () => {
			await queueFileDownloads(await pendingFileIds());
		},
		{ payload: noPayload, policy: 'short', retryLimit: 0 }
	);
	scheduleJob('oparl.file.download-sweep', '*/10 * * * *');
	// Bytes of council files that are gone (see sweep-unused-files.ts), once a night.
	registerJob(
		'oparl.file.cleanup',
		async () => {
			await sweepUnusedStoredFiles();
		},
		{ payload: noPayload, policy: 'short', retryLimit: 1 }
	);
	scheduleJob('oparl.file.cleanup', '23 3 * * *');
	// A deleted source's bytes (release-source-files.ts); what fails here the nightly run takes.
	registerJob(
		'oparl.file.release',
		async ({ hashes }) => {
			await releaseStoredFiles(hashes);
		},
		{ payload: releasePayload, policy: 'standard', retryLimit: 1 }
	);
}
