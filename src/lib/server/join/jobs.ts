import { z } from 'zod';
import { registerJob, scheduleJob } from '../jobs';
import { pruneJoinRequests } from './prune-join-requests';

const noPayload = z.object({}).strict();

declare module '../jobs/types' {
	interface JobPayloads {
		'join.prune': z.infer<typeof noPayload>;
	}
}

/** Daily at night, German time: unconfirmed and long-decided join requests are deleted. */
export function registerJoinJobs(): void {
	registerJob(
		'join.prune',
		async () => {
			await pruneJoinRequests();
		},
		{ payload: noPayload, policy: 'short', retryLimit: 3, retryDelaySeconds: 300 }
	);
	scheduleJob('join.prune', '37 3 * * *', { timezone: 'Europe/Berlin' });
}
