import { error } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { EventError } from '$lib/server/events/errors';
import { openEventMaterial } from '$lib/server/events/open-material';
import { storedFileDownload } from '$lib/server/files/download-response';

/**
 * A material file of an event, for whoever sees it on the event's page (404 alike otherwise).
 * Never kept by shared caches: most materials are for participants only.
 */
export async function GET(event) {
	requireAccess(event, 'public.read');
	let file;
	try {
		file = await openEventMaterial(event.locals.user, event.params.id, event.params.materialId);
	} catch (caught) {
		if (caught instanceof EventError) error(404, caught.message);
		throw caught;
	}
	return storedFileDownload(file, { private: true });
}
