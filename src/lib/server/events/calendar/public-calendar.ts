import { and, desc, gt, max } from 'drizzle-orm';
import { instanceConfig } from '../../instance/instance-config';
import { db } from '../../db';
import { event } from '../schema';
import { eventReadCondition } from '../visibility';
import { buildCalendar } from './build-calendar';
import { calendarDocument, type CalendarDocument } from './calendar-document';
import { calendarEntryOf } from './calendar-entry';
import { FEED_MAX_EVENTS, FEED_REFRESH_SECONDS, feedWindowStart } from './feed-window';

/**
 * `/feeds/events.ics`: the public events, as anyone sees them (the anonymous visitor's rule from
 * visibility.ts), from a year back on. Never an online link: those belong to people with a seat.
 */
export async function publicEventsCalendar(now: Date = new Date()): Promise<CalendarDocument> {
	const rows = await db
		.select()
		.from(event)
		.where(and(eventReadCondition(null), gt(event.endsAt, feedWindowStart(now))))
		// Latest first under the cap, so a cap ever reached drops the oldest past events.
		.orderBy(desc(event.startsAt), desc(event.id))
		.limit(FEED_MAX_EVENTS);
	rows.reverse();
	const site = instanceConfig();
	const body = buildCalendar(
		rows.map((row) => calendarEntryOf(row, { onlineUrl: null })),
		{
			name: `Veranstaltungen – ${site.networkShortName}`,
			description: `Öffentliche Veranstaltungen und Schulungen der ${site.networkName}`,
			refreshSeconds: FEED_REFRESH_SECONDS
		}
	);
	// Over all events, not only those in the feed: an event made members-only leaves the feed
	// with its new change time, and If-Modified-Since must see that change.
	const [latest] = await db.select({ at: max(event.modifiedAt) }).from(event);
	return calendarDocument(body, latest?.at ?? null);
}
