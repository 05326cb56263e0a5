import { error } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { EventError } from '$lib/server/events/errors';
import { exportAttendees } from '$lib/server/events/export-attendees';
import { csvDownload } from '$lib/server/files/download-response';

/** The attendee list as CSV for the organizers; each download is audit-logged. */
export async function GET(event) {
	const actor = requireAccess(event, 'events.manage');
	let file;
	try {
		file = await exportAttendees({ actor, eventId: event.params.id, ip: event.getClientAddress() });
	} catch (caught) {
		if (caught instanceof EventError) error(404, caught.message);
		throw caught;
	}
	return csvDownload(file);
}
