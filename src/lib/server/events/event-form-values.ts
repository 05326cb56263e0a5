import { berlinDateTimeInput } from '$lib/shared/berlin-date-time';
import type { EventRow } from './locked-event';

/** A stored event as the values of the board's form (datetime-local in Berlin time). */
export function eventFormValues(row: EventRow): Record<string, string> {
	return {
		title: row.title,
		kind: row.kind,
		organizer: row.organizer,
		organizerName: row.organizerName ?? '',
		summary: row.summary,
		description: row.description,
		startsAt: berlinDateTimeInput(row.startsAt),
		endsAt: berlinDateTimeInput(row.endsAt),
		location: row.location,
		onlineUrl: row.onlineUrl ?? '',
		visibility: row.visibility,
		capacity: row.capacity === null ? '' : String(row.capacity),
		registrationEnabled: row.registrationEnabled ? 'on' : '',
		registrationClosesAt: row.registrationClosesAt
			? berlinDateTimeInput(row.registrationClosesAt)
			: ''
	};
}

/** A new event's form: a public training of the network, registration on. */
export const NEW_EVENT_VALUES: Record<string, string> = {
	kind: 'meeting',
	organizer: 'network',
	visibility: 'public',
	registrationEnabled: 'on'
};
