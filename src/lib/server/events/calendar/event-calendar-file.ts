import type { SessionUser } from '../../auth/types';
import { getEvent } from '../get-event';
import { buildCalendar } from './build-calendar';
import { calendarDocument, type CalendarDocument } from './calendar-document';

/**
 * `/veranstaltungen/<id>/kalender.ics`: one event to add to a calendar, for whoever may see its
 * page, with what they may see there (getEvent applies visibility.ts): the online link only for
 * a seat holder or an organizer. Null for hidden and unknown events alike.
 */
export async function eventCalendarFile(
	user: SessionUser | null,
	eventId: string
): Promise<CalendarDocument | null> {
	const view = await getEvent(user, eventId);
	if (!view) return null;
	const ownStatus =
		view.own?.status === 'registered' || view.own?.status === 'waitlisted' ? view.own.status : null;
	const body = buildCalendar(
		[
			{
				id: view.id,
				title: view.title,
				kind: view.kind,
				organizer: view.organizer,
				organizerName: view.organizerName,
				summary: view.summary,
				description: view.description,
				startsAt: view.startsAt,
				endsAt: view.endsAt,
				location: view.location,
				status: view.status,
				sequence: view.sequence,
				modifiedAt: view.modifiedAt,
				online: view.kind === 'online' || view.hasOnlineLink,
				onlineUrl: view.onlineUrl,
				ownStatus
			}
		],
		{ name: view.title }
	);
	// No Last-Modified: registering changes what this reader gets (the link) but not the event.
	return calendarDocument(body, null);
}
