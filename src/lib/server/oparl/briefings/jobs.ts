import { z } from 'zod';
import { registerJob, scheduleJob } from '../../jobs';
import { sendDueBriefings } from './send-briefings';
import { sendBriefingUpdates } from './send-updates';

const noPayload = z.object({}).strict();

declare module '../../jobs/types' {
	interface JobPayloads {
		'oparl.briefings': z.infer<typeof noPayload>;
		'oparl.briefings.updates': z.infer<typeof noPayload>;
	}
}

/**
 * Daily at 6:00 German time, after the night's syncs and before people read their mail. The
 * claim per person and meeting keeps a second run (a retry, a second worker) from mailing twice.
 */
export const BRIEFING_CRON = '0 6 * * *';
/**
 * Hourly: a meeting moved or cancelled after its briefing is reported within the hour after the
 * sync that saw it (syncs run every few hours), well before the old date.
 */
export const BRIEFING_UPDATES_CRON = '25 * * * *';

export function registerBriefingJobs(): void {
	registerJob(
		'oparl.briefings',
		async () => {
			await sendDueBriefings();
		},
		{
			payload: noPayload,
			policy: 'stately',
			retryLimit: 3,
			retryDelaySeconds: 600,
			expireInSeconds: 30 * 60
		}
	);
	scheduleJob('oparl.briefings', BRIEFING_CRON, { timezone: 'Europe/Berlin' });
	registerJob(
		'oparl.briefings.updates',
		async () => {
			await sendBriefingUpdates();
		},
		{
			payload: noPayload,
			policy: 'stately',
			retryLimit: 3,
			retryDelaySeconds: 300,
			expireInSeconds: 30 * 60
		}
	);
	scheduleJob('oparl.briefings.updates', BRIEFING_UPDATES_CRON, { timezone: 'Europe/Berlin' });
}
