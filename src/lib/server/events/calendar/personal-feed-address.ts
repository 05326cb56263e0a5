import { eq } from 'drizzle-orm';
import { resolveAuthSecret } from '../../auth/auth-secret';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { hashToken, sameHash } from '../../auth/tokens';
import { db } from '../../db';
import { eventCalendarFeed } from '../schema';
import { calendarFeedToken, calendarFeedUrl } from './feed-token';

export interface PersonalFeedAddress {
	url: string;
	createdAt: Date;
}

/**
 * The person's calendar address, or null if they have none. Also null when the stored hash no
 * longer matches (the instance's secret was changed): that address is dead, and the page offers a
 * new one instead of showing one that answers 404.
 */
export async function getPersonalFeedAddress(
	actor: SessionUser | null
): Promise<PersonalFeedAddress | null> {
	assertCan(actor, 'events.register');
	const [row] = await db
		.select()
		.from(eventCalendarFeed)
		.where(eq(eventCalendarFeed.userId, actor.id));
	if (!row) return null;
	const token = calendarFeedToken(actor.id, row.createdAt, await resolveAuthSecret());
	if (!sameHash(hashToken(token), row.tokenHash)) return null;
	return { url: calendarFeedUrl(token), createdAt: row.createdAt };
}

/** A new address; an old one stops working at once (one row per person). */
export async function createPersonalFeedAddress(
	actor: SessionUser | null,
	now: Date = new Date()
): Promise<PersonalFeedAddress> {
	assertCan(actor, 'events.register');
	const [previous] = await db
		.select({ createdAt: eventCalendarFeed.createdAt })
		.from(eventCalendarFeed)
		.where(eq(eventCalendarFeed.userId, actor.id));
	// A new moment gives a new token, even for two clicks within one millisecond. Whole
	// milliseconds survive the database round trip exactly, and the token is derived from them.
	const createdAt = new Date(
		Math.max(Math.floor(now.getTime()), (previous?.createdAt.getTime() ?? -Infinity) + 1)
	);
	const token = calendarFeedToken(actor.id, createdAt, await resolveAuthSecret());
	await db
		.insert(eventCalendarFeed)
		.values({ userId: actor.id, tokenHash: hashToken(token), createdAt })
		.onConflictDoUpdate({
			target: eventCalendarFeed.userId,
			set: { tokenHash: hashToken(token), createdAt }
		});
	return { url: calendarFeedUrl(token), createdAt };
}

/** Switches the calendar address off: calendar apps get 404 from now on. */
export async function deletePersonalFeedAddress(actor: SessionUser | null): Promise<void> {
	assertCan(actor, 'events.register');
	await db.delete(eventCalendarFeed).where(eq(eventCalendarFeed.userId, actor.id));
}
