import { createHmac } from 'node:crypto';
import { absoluteUrl } from '../../auth/public-origin';

/**
 * The secret part of a personal calendar's address. A calendar app has no session, so the token
 * alone acts as its owner. It is derived, not stored: an HMAC with the instance's auth secret over
 * the owner and the moment the address was made. The database keeps only a sha256 of the token
 * (for the lookup), so a copy of the table opens no calendar, while the owner can see the address
 * again at any time. A new address (a new moment) replaces the old one, which then answers 404.
 */
const PURPOSE = 'kommunalnetz/events/calendar-feed/v1';

export function calendarFeedToken(userId: string, createdAt: Date, secret: string): string {
	return createHmac('sha256', secret)
		.update(`${PURPOSE}\n${userId}\n${createdAt.toISOString()}`)
		.digest('base64url');
}

export function calendarFeedUrl(token: string): string {
	return absoluteUrl(`/feeds/kalender/${token}.ics`);
}

/** Only base64url of a sha256 (43 characters) can be a token; anything else is not looked up. */
export function isWellFormedCalendarToken(token: string): boolean {
	return /^[A-Za-z0-9_-]{43}$/.test(token);
}
