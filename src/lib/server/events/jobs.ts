import { z } from 'zod';
import { registerJob, scheduleJob } from '../jobs';
import { sendEventReminders } from './send-reminders';

const noPayload = z.object({}).strict();

declare module '../jobs/types' {
	interface JobPayloads {
		'events.reminders': z.infer<typeof noPayload>;
	}
}

/**
 * Hourly, so a registration made the day before is still reminded, and a missed run (restart,
 * deploy) is made up within the hour. Claims per registration keep it to one mail each.
 */
export const REMINDER_CRON = '7 * * * *';

export function registerEventJobs(): void {
	registerJob(
		'events.reminders',
		async () => {
			await sendEventReminders();
		},
		{ payload: noPayload, policy: 'stately', retryLimit: 2, retryDelaySeconds: 300 }
	);
	scheduleJob('events.reminders', REMINDER_CRON, { timezone: 'Europe/Berlin' });
}
