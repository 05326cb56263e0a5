import { z } from 'zod';
import { pruneExpiredAuthData } from '../auth/prune-expired-auth-data';
import { databaseHandle } from '../db';
import { vacuumEmbeddedDatabase } from '../db/vacuum-embedded';
import { pruneRateLimits } from '../security/rate-limit';
import { registerJob, scheduleJob } from './registry';

const noPayload = z.object({}).strict();

declare module './types' {
	interface JobPayloads {
		'maintenance.prune-rate-limits': z.infer<typeof noPayload>;
		'maintenance.prune-auth': z.infer<typeof noPayload>;
		'maintenance.vacuum-embedded': z.infer<typeof noPayload>;
	}
}

/**
 * Housekeeping that keeps tables small. Runs at night, German time; pg-boss makes each tick one
 * job across all processes. A tick missed while no process runs is simply skipped: the next
 * night's run removes the same rows.
 */
export function registerMaintenanceJobs(): void {
	const options = {
		payload: noPayload,
		policy: 'short',
		retryLimit: 3,
		retryDelaySeconds: 300
	} as const;
	registerJob('maintenance.prune-rate-limits', () => pruneRateLimits(), options);
	scheduleJob('maintenance.prune-rate-limits', '17 3 * * *');
	registerJob(
		'maintenance.prune-auth',
		async () => {
			await pruneExpiredAuthData();
		},
		options
	);
	scheduleJob('maintenance.prune-auth', '27 3 * * *');
	// After the pruning, so the space of the rows it removed becomes reusable the same night.
	registerJob(
		'maintenance.vacuum-embedded',
		async () => {
			await vacuumEmbeddedDatabase(databaseHandle());
		},
		options
	);
	scheduleJob('maintenance.vacuum-embedded', '47 3 * * *');
}
