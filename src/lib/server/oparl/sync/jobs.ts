import { z } from 'zod';
import { SYNC_RUN_KINDS } from '$lib/shared/oparl';
import { enqueue, registerJob, scheduleJob } from '../../jobs';
import { SyncAlreadyRunningError } from './claim-run';
import { dueOparlSources } from './due-sources';
import { OparlSourceNotFoundError, runOparlSync } from './run-sync';

const syncPayload = z.object({
	sourceId: z.uuid(),
	kind: z.enum(SYNC_RUN_KINDS),
	startedById: z.string().nullish()
});
const noPayload = z.object({}).strict();

declare module '../../jobs/types' {
	interface JobPayloads {
		'oparl.sync': z.infer<typeof syncPayload>;
		'oparl.sync.sweep': z.infer<typeof noPayload>;
	}
}

/** Every ten minutes the schedule looks for sources that are due (see dueOparlSources). */
export const OPARL_SYNC_SWEEP_CRON = '*/10 * * * *';

/** The key the board's button and the schedule share: one waiting sync per source. */
export const oparlSyncJobKey = (sourceId: string) => `oparl.sync:${sourceId}`;

export function registerOparlSyncJobs(): void {
	registerJob(
		'oparl.sync',
		async (payload, context) => {
			try {
				await runOparlSync({
					sourceId: payload.sourceId,
					kind: payload.kind,
					startedById: payload.startedById ?? null,
					signal: context.signal
				});
			} catch (error) {
				// Already running elsewhere, or deleted meanwhile: nothing to do, nothing to retry.
				if (error instanceof SyncAlreadyRunningError || error instanceof OparlSourceNotFoundError)
					return;
				throw error;
			}
		},
		{
			payload: syncPayload,
			policy: 'stately',
			// A first import of a large council takes hours; a stopped one is resumed by the sweep.
			expireInSeconds: 12 * 60 * 60,
			retryLimit: 2,
			retryDelaySeconds: 300,
			retryBackoff: true
		}
	);
	registerJob(
		'oparl.sync.sweep',
		async () => {
			for (const sourceId of await dueOparlSources()) {
				await enqueue(
					'oparl.sync',
					{ sourceId, kind: 'incremental' },
					{ singletonKey: oparlSyncJobKey(sourceId) }
				);
			}
		},
		{ payload: noPayload, policy: 'stately', expireInSeconds: 300 }
	);
	scheduleJob('oparl.sync.sweep', OPARL_SYNC_SWEEP_CRON, { timezone: 'Europe/Berlin' });
}
