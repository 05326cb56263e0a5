import { z } from 'zod';
import { registerJob, scheduleJob } from '../jobs';
import { sendNewsletterBatch, sweepNewsletterSends } from './send-batch';

const batchPayload = z.object({ newsletterId: z.uuid() }).strict();
const noPayload = z.object({}).strict();

declare module '../jobs/types' {
	interface JobPayloads {
		'newsletter.send-batch': z.infer<typeof batchPayload>;
		'newsletter.sweep': z.infer<typeof noPayload>;
	}
}

export const SWEEP_CRON = '*/5 * * * *';

export function registerNewsletterJobs(): void {
	// `short`: at most one waiting batch per Rundbrief; a batch asks for the next while it runs.
	registerJob(
		'newsletter.send-batch',
		async ({ newsletterId }) => {
			await sendNewsletterBatch(newsletterId);
		},
		{
			payload: batchPayload,
			policy: 'short',
			retryLimit: 5,
			retryDelaySeconds: 30,
			retryBackoff: true,
			expireInSeconds: 10 * 60
		}
	);
	registerJob(
		'newsletter.sweep',
		async () => {
			await sweepNewsletterSends();
		},
		{ payload: noPayload, policy: 'stately', retryLimit: 0, expireInSeconds: 10 * 60 }
	);
	scheduleJob('newsletter.sweep', SWEEP_CRON);
}
