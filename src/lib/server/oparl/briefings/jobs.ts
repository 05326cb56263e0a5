import { z } from 'zod';
import { registerJob, scheduleJob } from '../../jobs';
import { sendDueBriefings } from './send-briefings';

const noPayload = z.object({}).strict();

declare module '../../jobs/types' {
	interface JobPayloads {
		'oparl.briefings': z.infer<typeof noPayload>;
	}
}

/**
 * Daily at 6:00 German time, after the night's syncs and before people read their mail. The
 * claim per person and meeting keeps a second run (a retry, a second worker) from mailing twice.
 */
export const BRIEFING_CRON = '0 6 * * *';

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
}
