import { z } from 'zod';
import { registerJob, scheduleJob } from '../jobs';
import { sendAlertDigests, sendImmediateAlerts } from './send-alerts';

const noPayload = z.object({}).strict();

declare module '../jobs/types' {
	interface JobPayloads {
		'alerts.immediate': z.infer<typeof noPayload>;
		'alerts.daily': z.infer<typeof noPayload>;
		'alerts.weekly': z.infer<typeof noPayload>;
	}
}

/**
 * "Immediately": indexing asks for a run a few seconds later (`requestImmediateAlerts`), and a
 * minutely sweep finds whatever was indexed without asking (another capability's documents, a
 * lost job). Digests go out at 7:00 German time, the weekly one on Mondays.
 */
export const IMMEDIATE_CRON = '* * * * *';
export const DAILY_CRON = '0 7 * * *';
export const WEEKLY_CRON = '0 7 * * 1';

export function registerAlertJobs(): void {
	// `stately`: per key at most one waiting and one running job across all processes, so ticks and
	// requests after indexing never pile up. The claim on hit rows would keep parallel runs from
	// mailing twice anyway; they would only compete for the same work.
	registerJob(
		'alerts.immediate',
		async () => {
			await sendImmediateAlerts();
		},
		{ payload: noPayload, policy: 'stately', retryLimit: 0, expireInSeconds: 10 * 60 }
	);
	scheduleJob('alerts.immediate', IMMEDIATE_CRON);
	for (const [name, frequency, cron] of [
		['alerts.daily', 'daily', DAILY_CRON],
		['alerts.weekly', 'weekly', WEEKLY_CRON]
	] as const) {
		registerJob(
			name,
			async () => {
				await sendAlertDigests(frequency);
			},
			{
				payload: noPayload,
				policy: 'stately',
				retryLimit: 3,
				retryDelaySeconds: 600,
				expireInSeconds: 30 * 60
			}
		);
		scheduleJob(name, cron, { timezone: 'Europe/Berlin' });
	}
}
