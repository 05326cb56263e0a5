import { and, desc, eq, gt, inArray } from 'drizzle-orm';
import { can } from '../../auth/policy';
import { user } from '../../auth/schema';
import { toSessionUser } from '../../auth/session-user';
import type { SessionUser } from '../../auth/types';
import { hashToken } from '../../auth/tokens';
import { db } from '../../db';
import { instanceConfig } from '../../instance/instance-config';
import { event, eventCalendarFeed, eventRegistration } from '../schema';
import { eventReadCondition, seesParticipantContent } from '../visibility';
import { buildCalendar } from './build-calendar';
import { calendarEntryOf } from './calendar-entry';
import { isWellFormedCalendarToken } from './feed-token';
import { FEED_MAX_EVENTS, FEED_REFRESH_SECONDS, feedWindowStart } from './feed-window';
import { calendarDocument, type CalendarDocument } from './calendar-document';

/**
 * `/feeds/kalender/<token>.ics`: the owner's own calendar — the events they registered for or
 * wait for (with the online link where they hold a seat), and, for roles that read the network,
 * the members-only events. Public events they did not register for are in the public feed.
 *
 * The token acts as its owner with their role of this moment, read fresh on every fetch: a
 * demoted owner loses the members' events (and any registration for one) at the next poll, a
 * switched-off account or a role without event registration gets 404, like an unknown token.
 */
export async function personalCalendar(
	token: string,
	now: Date = new Date()
): Promise<CalendarDocument | null> {
	const owner = await ownerOf(token);
	if (!owner) return null;

	const since = feedWindowStart(now);
	const mine = await db
		.select({ row: event, status: eventRegistration.status })
		.from(eventRegistration)
		.innerJoin(event, eq(event.id, eventRegistration.eventId))
		.where(
			and(
				eq(eventRegistration.userId, owner.id),
				inArray(eventRegistration.status, ['registered', 'waitlisted']),
				eventReadCondition(owner),
				gt(event.endsAt, since)
			)
		);
	const ownStatus = new Map(mine.map(({ row, status }) => [row.id, status]));
	const rows = new Map(mine.map(({ row }) => [row.id, row]));
	if (can(owner, 'network.read')) {
		const members = await db
			.select()
			.from(event)
			.where(
				and(eventReadCondition(owner), eq(event.visibility, 'members'), gt(event.endsAt, since))
			)
			// Latest first under the cap, so a cap ever reached drops the oldest past events.
			.orderBy(desc(event.startsAt))
			.limit(FEED_MAX_EVENTS);
		for (const row of members) rows.set(row.id, row);
	}

	const entries = [...rows.values()]
		.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id))
		.map((row) => {
			const status = ownStatus.get(row.id) ?? null;
			return calendarEntryOf(row, {
				onlineUrl: seesParticipantContent(owner, status) ? row.onlineUrl : null,
				ownStatus: status === 'registered' || status === 'waitlisted' ? status : null
			});
		});
	const site = instanceConfig();
	const body = buildCalendar(entries, {
		name: `Meine Veranstaltungen – ${site.networkShortName}`,
		description: `Ihre Anmeldungen und die Veranstaltungen für Mitglieder der ${site.networkName}`,
		refreshSeconds: FEED_REFRESH_SECONDS
	});
	// ETag only: a new registration or role changes this feed without changing any event.
	return calendarDocument(body, null);
}

async function ownerOf(token: string): Promise<SessionUser | null> {
	if (!isWellFormedCalendarToken(token)) return null;
	const [record] = await db
		.select({ user })
		.from(eventCalendarFeed)
		.innerJoin(user, eq(user.id, eventCalendarFeed.userId))
		.where(eq(eventCalendarFeed.tokenHash, hashToken(token)));
	if (!record || record.user.deactivatedAt) return null;
	const owner = toSessionUser(record.user);
	return can(owner, 'events.register') ? owner : null;
}
