import { z } from 'zod';
import { registerJob, scheduleJob } from '../jobs';
import { deliverMail } from './deliver-mail';
import { DEFAULT_MAIL_DELIVERY, type MailDeliverySettings } from './delivery-settings';
import { sweepQueuedMail } from './sweep-mail';

const deliverPayload = z.object({ messageId: z.uuid() });
const sweepPayload = z.object({}).strict();

declare module '../jobs/types' {
	interface JobPayloads {
		'mail.deliver': z.infer<typeof deliverPayload>;
		'mail.sweep': z.infer<typeof sweepPayload>;
	}
}

/** Registers mail delivery and the minutely sweep; tests pass shorter timings. */
export function registerMailJobs(overrides: Partial<MailDeliverySettings> = {}): void {
	const settings = { ...DEFAULT_MAIL_DELIVERY, ...overrides };
	registerJob(
		'mail.deliver',
		async ({ messageId }) => {
			await deliverMail(messageId, settings);
		},
		{
			payload: deliverPayload,
			policy: 'short',
			concurrency: settings.concurrency,
			// SMTP failures are retried by the mail row itself; these retries cover database errors.
			retryLimit: 3,
			retryDelaySeconds: 30,
			expireInSeconds: settings.leaseSeconds
		}
	);
	registerJob(
		'mail.sweep',
		async () => {
			await sweepQueuedMail(settings);
		},
		{ payload: sweepPayload, policy: 'short', retryLimit: 0 }
	);
	scheduleJob('mail.sweep', '* * * * *');
}
