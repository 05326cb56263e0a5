import { z } from 'zod';

/** Following imported councils: what pages show of one's follows. */
export interface FollowState {
	/** Follows every meeting of the body. */
	followsBody: boolean;
	/** Gremien of the body followed on their own. */
	organizationIds: string[];
}

export interface FollowedCouncil {
	bodyId: string;
	bodyName: string;
	followsBody: boolean;
	organizations: { id: string; name: string }[];
	nextMeeting: { id: string; name: string; start: string } | null;
}

/** Where the follow form sends people back to: only pages of this site that show follows. */
export function safeReturnPath(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	return /^\/(ratsinfo\/[0-9a-f-]{36}|konto)$/.test(value) ? value : null;
}

/** The follow and unfollow buttons: which Gremium (none: the whole body) and where to go back. */
export const followForm = z.object({
	organizationId: z
		.union([z.literal(''), z.uuid({ error: 'Dieses Gremium gibt es nicht.' })])
		.optional(),
	weiter: z.string().max(200).optional()
});
