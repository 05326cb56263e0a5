import ical, { ICalEventStatus, type ICalEventData } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import {
	EVENT_KIND_LABELS,
	EVENT_ORGANIZER_LABELS,
	EVENT_TIME_ZONE,
	type EventKind,
	type EventOrganizer
} from '$lib/shared/events';
import { absoluteUrl, publicOrigin } from '../../auth/public-origin';
import { instanceConfig } from '../../instance/instance-config';
import { berlinDateTime, isRepeatedBerlinTime } from './calendar-time';

/** One event as a calendar may show it to its reader (the caller decided what they may see). */
export interface CalendarEntry {
	id: string;
	title: string;
	kind: EventKind;
	organizer: EventOrganizer;
	organizerName: string | null;
	summary: string;
	/** Markdown, kept as written: it reads well as plain text. */
	description: string;
	startsAt: Date;
	endsAt: Date;
	location: string;
	status: 'scheduled' | 'cancelled';
	sequence: number;
	modifiedAt: Date;
	/** Only for readers with a seat (or organizers); null everywhere else, always in public output. */
	onlineUrl: string | null;
	/** The reader's own registration, in personal calendars. */
	ownStatus?: 'registered' | 'waitlisted' | null;
	/** Whether the event has an online part (the link itself may be withheld). */
	online: boolean;
}

export interface CalendarOptions {
	/** Shown as the calendar's name when subscribed. */
	name: string;
	description?: string;
	/** How often subscribers should look again (seconds); feeds only. */
	refreshSeconds?: number;
}

/**
 * An iCalendar (RFC 5545) document of the given events. Each event keeps one UID for life (its
 * id), so calendars update it in place; SEQUENCE follows the event's counter, raised on every
 * change people must notice, and a cancelled event stays in with STATUS:CANCELLED so subscribers
 * see it struck through instead of silently gone. Times carry TZID=Europe/Berlin with the zone's
 * VTIMEZONE. DTSTAMP is the event's last change, not the time of the request, so an unchanged
 * calendar is byte for byte the same (the feeds' ETag relies on it).
 */
export function buildCalendar(entries: readonly CalendarEntry[], options: CalendarOptions): string {
	const site = instanceConfig();
	const calendar = ical({
		name: options.name,
		description: options.description ?? null,
		prodId: { company: site.networkName, product: 'Kommunalnetz', language: 'DE' },
		ttl: options.refreshSeconds ?? null
	});
	// No calendar-wide zone name: with one, ical-generator writes DTSTAMP and LAST-MODIFIED as
	// local times, which RFC 5545 forbids. The generator still adds the events' VTIMEZONE.
	calendar.timezone({ name: null, generator: (zone) => tzlib_get_ical_block(zone)[0] ?? null });
	const host = new URL(publicOrigin()).hostname;
	for (const entry of entries) calendar.createEvent(calendarEvent(entry, host));
	return calendar.toString();
}

function calendarEvent(entry: CalendarEntry, host: string): ICalEventData {
	// The autumn hour that happens twice cannot be named as a Berlin time: such events go in UTC.
	const inUtc = isRepeatedBerlinTime(entry.startsAt) || isRepeatedBerlinTime(entry.endsAt);
	const page = absoluteUrl(`/veranstaltungen/${entry.id}`);
	const cancelled = entry.status === 'cancelled';
	const onlineUrl = cancelled ? null : entry.onlineUrl;
	return {
		id: `${entry.id}@${host}`,
		sequence: entry.sequence,
		stamp: entry.modifiedAt,
		lastModified: entry.modifiedAt,
		timezone: inUtc ? null : EVENT_TIME_ZONE,
		start: inUtc ? entry.startsAt : berlinDateTime(entry.startsAt),
		end: inUtc ? entry.endsAt : berlinDateTime(entry.endsAt),
		summary: summaryOf(entry),
		description: descriptionOf(entry, page, onlineUrl),
		location: entry.location || (entry.online ? 'Online' : null),
		url: page,
		status: cancelled
			? ICalEventStatus.CANCELLED
			: entry.ownStatus === 'waitlisted'
				? ICalEventStatus.TENTATIVE
				: ICalEventStatus.CONFIRMED,
		categories: [{ name: EVENT_KIND_LABELS[entry.kind] }]
	};
}

function summaryOf(entry: CalendarEntry): string {
	if (entry.status === 'cancelled') return `Abgesagt: ${entry.title}`;
	if (entry.ownStatus === 'waitlisted') return `Warteliste: ${entry.title}`;
	return entry.title;
}

function descriptionOf(entry: CalendarEntry, page: string, onlineUrl: string | null): string {
	const organizer = entry.organizerName ?? EVENT_ORGANIZER_LABELS[entry.organizer];
	const parts = [
		entry.status === 'cancelled' ? 'Diese Veranstaltung ist abgesagt.' : '',
		entry.ownStatus === 'registered' ? 'Sie sind angemeldet.' : '',
		entry.ownStatus === 'waitlisted'
			? 'Sie stehen auf der Warteliste; wir schreiben Ihnen, wenn ein Platz frei wird.'
			: '',
		onlineUrl ? `Online teilnehmen: ${onlineUrl}` : '',
		entry.summary,
		entry.description,
		`${EVENT_KIND_LABELS[entry.kind]} · Veranstaltet von: ${organizer}`,
		`Details und Anmeldung: ${page}`
	];
	return parts.filter((part) => part.trim() !== '').join('\n\n');
}
