import { hitRateLimit, type RateLimitRule } from '../security/rate-limit';
import { RateLimitedError } from './errors';

/** Counts one attempt against every subject (IP, e-mail …) and refuses once any is over its limit. */
export async function enforceRateLimit(rule: RateLimitRule, ...subjects: string[]): Promise<void> {
	let retryAfter = 0;
	for (const subject of subjects) {
		const result = await hitRateLimit(rule, subject);
		if (!result.allowed) retryAfter = Math.max(retryAfter, result.retryAfterSeconds);
	}
	if (retryAfter > 0) throw new RateLimitedError(retryAfter);
}
