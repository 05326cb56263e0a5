import type { event } from '../schema';
import type { CalendarEntry } from './build-calendar';

type EventRow = typeof event.$inferSelect;

/**
 * An event row as a calendar entry. `onlineUrl` is the caller's decision (see visibility.ts):
 * pass it only for a reader with a seat or an organizer.
 */
export function calendarEntryOf(
	row: EventRow,
	reader: { onlineUrl: string | null; ownStatus?: 'registered' | 'waitlisted' | null }
): CalendarEntry {
	return {
		id: row.id,
		title: row.title,
		kind: row.kind,
		organizer: row.organizer,
		organizerName: row.organizerName,
		summary: row.summary,
		description: row.description,
		startsAt: row.startsAt,
		endsAt: row.endsAt,
		location: row.location,
		status: row.status,
		sequence: row.sequence,
		modifiedAt: row.modifiedAt,
		online: row.kind === 'online' || row.onlineUrl !== null,
		onlineUrl: reader.onlineUrl,
		ownStatus: reader.ownStatus ?? null
	};
}
