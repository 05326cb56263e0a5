import { z } from 'zod';
import { enqueue, registerJob, scheduleJob } from '../jobs';
import { extractStoredFile, markExtractionFailed, pendingFiles } from './extract-stored-file';

const extractPayload = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) });
const noPayload = z.object({}).strict();

declare module '../jobs/types' {
	interface JobPayloads {
		'files.extract-text': z.infer<typeof extractPayload>;
		'files.extraction-sweep': z.infer<typeof noPayload>;
	}
}

/** Called with a file's hash once its text is known (or known to be absent), e.g. to reindex. */
export type AfterExtraction = (sha256: string) => Promise<void>;

/**
 * Text extraction in the background. `afterExtraction` lets the capabilities that use files (the
 * motions' search index) react without the file store knowing them.
 */
export function registerFileJobs(options: { afterExtraction?: AfterExtraction } = {}): void {
	registerJob(
		'files.extract-text',
		async ({ sha256 }, context) => {
			let outcome;
			try {
				outcome = await extractStoredFile(sha256);
			} catch (error) {
				// The bytes stayed unreadable (gone from disk?): recorded, or the sweep would retry forever.
				if (context.isLastAttempt) await markExtractionFailed(sha256, error);
				throw error;
			}
			if (outcome !== 'skipped') await options.afterExtraction?.(sha256);
		},
		// Large PDFs take a while; one at a time per process keeps the two cores for requests.
		{
			payload: extractPayload,
			policy: 'short',
			concurrency: 1,
			retryLimit: 3,
			retryDelaySeconds: 60,
			expireInSeconds: 10 * 60
		}
	);
	// Files stored while no queue ran (demo seeding, the CLI) or whose request got lost. A file whose
	// job is still waiting is not queued twice: one waiting job per file (policy `short`).
	registerJob(
		'files.extraction-sweep',
		async () => {
			for (const sha256 of await pendingFiles())
				await enqueue('files.extract-text', { sha256 }, { singletonKey: sha256 });
		},
		{ payload: noPayload, policy: 'short', retryLimit: 0 }
	);
	scheduleJob('files.extraction-sweep', '* * * * *');
}
