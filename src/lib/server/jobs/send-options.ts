import type PgBoss from 'pg-boss';
import { jobDefinition } from './registry';
import type { EnqueueOptions, JobName } from './types';

const DEFAULT_EXPIRE_SECONDS = 15 * 60;

/** pg-boss send options from the job's defaults, overridden per enqueue. */
export function sendOptions(name: JobName, options: EnqueueOptions): PgBoss.SendOptions {
	const defaults = jobDefinition(name).options;
	const result: PgBoss.SendOptions = {
		retryLimit: options.retryLimit ?? defaults.retryLimit ?? 2,
		retryDelay: options.retryDelaySeconds ?? defaults.retryDelaySeconds ?? 30,
		retryBackoff: options.retryBackoff ?? defaults.retryBackoff ?? true,
		expireInSeconds: options.expireInSeconds ?? defaults.expireInSeconds ?? DEFAULT_EXPIRE_SECONDS
	};
	if (options.singletonKey !== undefined) result.singletonKey = options.singletonKey;
	if (options.singletonSeconds !== undefined) result.singletonSeconds = options.singletonSeconds;
	if (options.priority !== undefined) result.priority = options.priority;
	if (options.startAfter instanceof Date) result.startAfter = options.startAfter;
	else if (typeof options.startAfter === 'number' && options.startAfter > 0)
		// pg-boss reads numbers as whole seconds from now.
		result.startAfter = Math.ceil(options.startAfter);
	return result;
}
