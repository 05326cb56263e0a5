import { lt, sql } from 'drizzle-orm';
import { db } from '../db';
import { rateLimitBucket } from './schema';

/**
 * Database-backed fixed-window rate limiting. Written here rather than taken from a library:
 * the one maintained option (rate-limiter-flexible) expects a node-postgres pool and cannot run on
 * PGlite, while one atomic upsert covers both drivers and every app process.
 */
export interface RateLimitRule {
	/** Name of the protected action, e.g. `sign-in`. */
	name: string;
	limit: number;
	windowSeconds: number;
}

export const RATE_LIMITS = {
	signIn: { name: 'sign-in', limit: 10, windowSeconds: 15 * 60 },
	/** Per IP, higher than per address: an office or campus shares one address among many people. */
	signInPerIp: { name: 'sign-in-ip', limit: 30, windowSeconds: 15 * 60 },
	signUp: { name: 'sign-up', limit: 5, windowSeconds: 60 * 60 },
	passwordReset: { name: 'password-reset', limit: 5, windowSeconds: 60 * 60 },
	twoFactor: { name: 'two-factor', limit: 10, windowSeconds: 15 * 60 },
	publicForm: { name: 'public-form', limit: 10, windowSeconds: 60 * 60 },
	setup: { name: 'setup', limit: 10, windowSeconds: 15 * 60 },
	acceptInvitation: { name: 'accept-invitation', limit: 10, windowSeconds: 15 * 60 },
	/** Per sender: the contact form must not become a way to flood people's inboxes. */
	contactPerson: { name: 'contact-person', limit: 5, windowSeconds: 60 * 60 },
	/** Per author: every post mails many people, so a runaway script must not flood them. */
	discussionPost: { name: 'discussion-post', limit: 30, windowSeconds: 15 * 60 },
	/** Per author: comments and experience reports on motions. */
	motionComment: { name: 'motion-comment', limit: 30, windowSeconds: 15 * 60 },
	/** The Markdown editor's preview, per account: a click, not a keystroke, renders. */
	markdownPreview: { name: 'markdown-preview', limit: 300, windowSeconds: 15 * 60 },
	/** Attachments: each upload is stored and its text extracted; per account. */
	attachmentUpload: { name: 'attachment-upload', limit: 60, windowSeconds: 60 * 60 },
	/** "Mitmachen" form per IP: each submission mails an address someone typed in. */
	joinRequest: { name: 'join-request', limit: 5, windowSeconds: 60 * 60 },
	/** Per address: nobody can flood someone else's inbox with confirmation mails. */
	joinRequestPerAddress: { name: 'join-request-address', limit: 3, windowSeconds: 24 * 60 * 60 },
	/** Per API token: about one request a second, so one script cannot hog the server. */
	apiToken: { name: 'api-token', limit: 900, windowSeconds: 15 * 60 }
} satisfies Record<string, RateLimitRule>;

export interface RateLimitResult {
	allowed: boolean;
	remaining: number;
	retryAfterSeconds: number;
}

export async function hitRateLimit(
	rule: RateLimitRule,
	subject: string,
	now: Date = new Date()
): Promise<RateLimitResult> {
	const windowMs = rule.windowSeconds * 1000;
	const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
	const [row] = await db
		.insert(rateLimitBucket)
		.values({ key: `${rule.name}:${subject}`, windowStart, hits: 1 })
		.onConflictDoUpdate({
			target: [rateLimitBucket.key, rateLimitBucket.windowStart],
			set: { hits: sql`${rateLimitBucket.hits} + 1` }
		})
		.returning({ hits: rateLimitBucket.hits });
	const hits = row?.hits ?? 1;
	const retryAfterSeconds = Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000);
	return {
		allowed: hits <= rule.limit,
		remaining: Math.max(0, rule.limit - hits),
		retryAfterSeconds
	};
}

export function rateLimitMessage(retryAfterSeconds: number): string {
	const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
	return `Zu viele Versuche. Bitte in ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'} erneut versuchen.`;
}

/** Removes windows that ended more than a day ago (run by a scheduled job). */
export async function pruneRateLimits(now: Date = new Date()): Promise<void> {
	await db
		.delete(rateLimitBucket)
		.where(lt(rateLimitBucket.windowStart, new Date(now.getTime() - 86_400_000)));
}
