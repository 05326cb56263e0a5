import { hitRateLimit, RATE_LIMITS } from '../security/rate-limit';
import { DiscussionError } from './errors';

/** Counts a new thread or reply against its author's limit; refuses once it is used up. */
export async function assertMayPost(userId: string): Promise<void> {
	const { allowed } = await hitRateLimit(RATE_LIMITS.discussionPost, userId);
	if (!allowed)
		throw new DiscussionError(
			'Sie haben in kurzer Zeit sehr viele Beiträge geschrieben. Bitte versuchen Sie es in einigen Minuten wieder.'
		);
}
