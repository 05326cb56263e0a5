import { error } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { calendarResponse } from '$lib/server/events/calendar/calendar-response';
import { eventCalendarFile } from '$lib/server/events/calendar/event-calendar-file';

/**
 * One event as a calendar file ("In den Kalender"), for whoever may see the event's page and with
 * what they see there: the online link only with a seat. Private, as it may carry that link.
 */
export async function GET(event) {
	requireAccess(event, 'public.read');
	const document = await eventCalendarFile(event.locals.user, event.params.id);
	if (!document) error(404, 'Diese Veranstaltung gibt es nicht.');
	return calendarResponse(event.request, document, {
		cache: 'private',
		download: 'veranstaltung.ics'
	});
}
