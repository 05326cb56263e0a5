import { z } from 'zod';
import { registerJob, scheduleJob } from '../jobs';
import { recordPublishedObjects } from './record-published';

const noPayload = z.object({}).strict();

declare module '../jobs/types' {
	interface JobPayloads {
		'oparl-api.record-published': z.infer<typeof noPayload>;
	}
}

/**
 * Every quarter hour the API's record of published objects is compared with what is public now,
 * so importers learn of withdrawn objects (`deleted: true`) within that time. pg-boss makes each
 * tick one job across all processes.
 */
export function registerOparlApiJobs(): void {
	registerJob('oparl-api.record-published', () => recordPublishedObjects().then(() => {}), {
		payload: noPayload,
		policy: 'short',
		retryLimit: 2,
		retryDelaySeconds: 120
	});
	scheduleJob('oparl-api.record-published', '*/15 * * * *');
}
