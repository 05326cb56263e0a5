import { z } from 'zod';
import { pruneRateLimits } from '../security/rate-limit';
import { registerJob, scheduleJob } from './registry';

const noPayload = z.object({}).strict();

declare module './types' {
	interface JobPayloads {
		'maintenance.prune-rate-limits': z.infer<typeof noPayload>;
	}
}

/** Housekeeping that keeps tables small; runs at night, German time, once across all processes. */
export function registerMaintenanceJobs(): void {
	registerJob('maintenance.prune-rate-limits', () => pruneRateLimits(), {
		payload: noPayload,
		policy: 'short',
		retryLimit: 3,
		retryDelaySeconds: 300
	});
	scheduleJob('maintenance.prune-rate-limits', '17 3 * * *', {});
}
