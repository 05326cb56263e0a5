import { error } from '@sveltejs/kit';
import { calendarResponse } from '$lib/server/events/calendar/calendar-response';
import { personalCalendar } from '$lib/server/events/calendar/personal-calendar';

/**
 * A person's own calendar feed. No session: the secret address is the permission and acts as its
 * owner with their current role (see `personalCalendar`). Unknown, replaced and switched-off
 * addresses look the same (404). Never kept by shared caches, never indexed.
 */
export async function GET({ params, request }) {
	const document = await personalCalendar(params.token);
	if (!document) error(404, 'Diesen Kalender gibt es nicht (mehr).');
	return calendarResponse(request, document, { cache: 'private' });
}
