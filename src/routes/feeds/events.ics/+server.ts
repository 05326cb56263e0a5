import { requireAccess } from '$lib/server/auth/policy';
import { calendarResponse } from '$lib/server/events/calendar/calendar-response';
import { publicEventsCalendar } from '$lib/server/events/calendar/public-calendar';

/**
 * The public events as an iCalendar feed (DESIGN.md contract). The same for everyone, whoever
 * asks: shared caches may keep it, and calendar apps polling it get 304 while nothing changed.
 */
export async function GET(event) {
	requireAccess(event, 'public.read');
	return calendarResponse(event.request, await publicEventsCalendar(), { cache: 'public' });
}
