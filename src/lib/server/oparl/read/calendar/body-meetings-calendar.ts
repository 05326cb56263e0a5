import { createHash } from 'node:crypto';
import { and, desc, eq, gt, isNotNull } from 'drizzle-orm';
import ical, { ICalEventStatus, type ICalEventData } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { EVENT_TIME_ZONE } from '$lib/shared/events';
import { absoluteUrl, publicOrigin } from '../../../auth/public-origin';
import { db } from '../../../db';
import {
	calendarDocument,
	type CalendarDocument
} from '../../../events/calendar/calendar-document';
import { berlinDateTime, isRepeatedBerlinTime } from '../../../events/calendar/calendar-time';
import {
	FEED_MAX_EVENTS,
	FEED_REFRESH_SECONDS,
	feedWindowStart
} from '../../../events/calendar/feed-window';
import { instanceConfig } from '../../../instance/instance-config';
import { oparlBody, oparlMeeting, oparlObject } from '../../schema';
import { getCouncilBody } from '../get-council-body';
import { namesOf, organizationNames } from '../organization-names';
import { shownCondition } from '../shown';

/**
 * `/ratsinfo/<body>/sitzungen.ics`: a followed body's meetings from a year back on, as a calendar
 * to subscribe to. Null for a body without a page. Each meeting's UID comes from its OParl id (not
 * our row id), so it survives a source being removed and imported again, and a calendar updates
 * the meeting in place; a cancelled one stays with STATUS:CANCELLED instead of vanishing.
 */
export async function bodyMeetingsCalendar(
	bodyId: string,
	now: Date = new Date()
): Promise<CalendarDocument | null> {
	const body = await getCouncilBody(bodyId);
	if (!body) return null;
	const rows = await db
		.select({
			meeting: oparlMeeting,
			oparlId: oparlObject.oparlId,
			modified: oparlObject.modified,
			createdAt: oparlObject.createdAt
		})
		.from(oparlMeeting)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlMeeting.objectId))
		.innerJoin(oparlBody, eq(oparlBody.objectId, oparlMeeting.bodyId))
		.where(
			and(
				shownCondition(),
				eq(oparlMeeting.bodyId, body.id),
				isNotNull(oparlMeeting.start),
				gt(oparlMeeting.start, feedWindowStart(now))
			)
		)
		// Latest first under the cap, so a cap ever reached drops the oldest meetings.
		.orderBy(desc(oparlMeeting.start), desc(oparlMeeting.objectId))
		.limit(FEED_MAX_EVENTS);
	rows.reverse();
	const names = await organizationNames(rows.flatMap((row) => row.meeting.organizationIds));
	const site = instanceConfig();
	const calendar = ical({
		name: `Sitzungen – ${body.name}`,
		description: `Sitzungstermine von ${body.name}, übernommen aus ${body.sourceName} (${site.networkShortName})`,
		prodId: { company: site.networkName, product: 'Kommunalnetz', language: 'DE' },
		ttl: FEED_REFRESH_SECONDS
	});
	// As in the events feed: no calendar-wide zone (DTSTAMP must stay UTC), the events' VTIMEZONE.
	calendar.timezone({ name: null, generator: (zone) => tzlib_get_ical_block(zone)[0] ?? null });
	const host = new URL(publicOrigin()).hostname;
	for (const row of rows) {
		const organizations = namesOf(names, row.meeting.organizationIds);
		calendar.createEvent(
			meetingEvent({
				...row,
				uid: `oparl-${createHash('sha256').update(row.oparlId).digest('hex').slice(0, 32)}@${host}`,
				organizations
			})
		);
	}
	return calendarDocument(calendar.toString(), null);
}

function meetingEvent(entry: {
	meeting: typeof oparlMeeting.$inferSelect;
	uid: string;
	modified: Date | null;
	createdAt: Date;
	organizations: string[];
}): ICalEventData {
	const { meeting } = entry;
	const start = meeting.start!;
	// A meeting that ends before it starts is a typing error at the source: drop the end.
	const end = meeting.end && meeting.end > start ? meeting.end : null;
	// The autumn hour that happens twice cannot be named as a Berlin time: such meetings go in UTC.
	const inUtc = isRepeatedBerlinTime(start) || (end !== null && isRepeatedBerlinTime(end));
	const page = absoluteUrl(`/ratsinfo/sitzungen/${meeting.objectId}`);
	const stamp = entry.modified ?? entry.createdAt;
	const name = meeting.name.trim() || entry.organizations[0] || 'Sitzung';
	return {
		id: entry.uid,
		stamp,
		lastModified: stamp,
		timezone: inUtc ? null : EVENT_TIME_ZONE,
		start: inUtc ? start : berlinDateTime(start),
		end: end === null ? null : inUtc ? end : berlinDateTime(end),
		summary: meeting.cancelled ? `Abgesagt: ${name}` : name,
		description: [
			meeting.cancelled ? 'Diese Sitzung ist abgesagt.' : '',
			entry.organizations.length > 0 ? `Gremium: ${entry.organizations.join(', ')}` : '',
			`Tagesordnung und Vorlagen: ${page}`
		]
			.filter(Boolean)
			.join('\n\n'),
		location: meeting.locationText?.trim() || null,
		url: page,
		status: meeting.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED
	};
}
