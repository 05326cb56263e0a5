import { error } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { calendarResponse } from '$lib/server/events/calendar/calendar-response';
import { bodyMeetingsCalendar } from '$lib/server/oparl/read/calendar/body-meetings-calendar';

/**
 * A followed body's meetings as an iCalendar feed. Public record, the same for everyone: shared
 * caches may keep it, and calendar apps polling it get 304 while nothing changed (ETag).
 */
export async function GET(event) {
	requireAccess(event, 'public.read');
	const document = await bodyMeetingsCalendar(event.params.bodyId);
	if (!document) error(404, 'Diesen Rat gibt es hier nicht.');
	return calendarResponse(event.request, document, { cache: 'public' });
}
