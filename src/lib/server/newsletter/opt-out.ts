import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import { user } from '../auth/schema';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { newsletterOptOut } from './schema';
import { verifyNewsletterUnsubscribeToken } from './unsubscribe-token';

export async function receivesNewsletters(userId: string): Promise<boolean> {
	const [row] = await db
		.select({ userId: newsletterOptOut.userId })
		.from(newsletterOptOut)
		.where(eq(newsletterOptOut.userId, userId));
	return !row;
}

async function optOut(userId: string, source: 'account' | 'link'): Promise<boolean> {
	const rows = await db
		.insert(newsletterOptOut)
		.values({ userId, source })
		.onConflictDoNothing()
		.returning({ userId: newsletterOptOut.userId });
	return rows.length > 0;
}

/** The switch "Rundbriefe erhalten" on the account page. */
export async function setNewsletterSubscription(options: {
	actor: SessionUser | null;
	receive: boolean;
	ip?: string | null;
}): Promise<void> {
	assertCan(options.actor, 'account.manage');
	const userId = options.actor.id;
	const changed = options.receive
		? (
				await db
					.delete(newsletterOptOut)
					.where(eq(newsletterOptOut.userId, userId))
					.returning({ userId: newsletterOptOut.userId })
			).length > 0
		: await optOut(userId, 'account');
	if (changed)
		await recordAudit({
			actor: options.actor,
			action: options.receive ? 'newsletter.opt_in' : 'newsletter.opt_out',
			targetType: 'user',
			targetId: userId,
			ip: options.ip
		});
}

export interface UnsubscribeLinkInfo {
	/** Masked address, so a forwarded mail's link does not show the whole address to others. */
	maskedEmail: string;
	receiving: boolean;
}

function mask(email: string): string {
	const [local = '', domain = ''] = email.split('@');
	return `${local.slice(0, 2)}${'•'.repeat(Math.max(1, local.length - 2))}@${domain}`;
}

async function accountOf(token: string) {
	const userId = await verifyNewsletterUnsubscribeToken(token);
	if (!userId) return null;
	const [row] = await db
		.select({ id: user.id, email: user.email })
		.from(user)
		.where(eq(user.id, userId));
	return row ?? null;
}

/** What the link would stop; null for an invalid link or a deleted account. */
export async function describeNewsletterUnsubscribe(
	token: string
): Promise<UnsubscribeLinkInfo | null> {
	const account = await accountOf(token);
	if (!account) return null;
	return { maskedEmail: mask(account.email), receiving: await receivesNewsletters(account.id) };
}

/**
 * Stops all Rundbriefe for the link's person (the page's button and RFC 8058 one-click POST).
 * Doing it twice changes nothing.
 */
export async function applyNewsletterUnsubscribe(
	token: string
): Promise<UnsubscribeLinkInfo | null> {
	const account = await accountOf(token);
	if (!account) return null;
	if (await optOut(account.id, 'link'))
		await recordAudit({
			actor: null,
			action: 'newsletter.opt_out',
			targetType: 'user',
			targetId: account.id,
			details: { via: 'link' }
		});
	return { maskedEmail: mask(account.email), receiving: false };
}
