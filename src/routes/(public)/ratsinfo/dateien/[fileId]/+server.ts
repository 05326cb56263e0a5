import { error } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { storedFileDownload } from '$lib/server/files/download-response';
import { openCouncilFile } from '$lib/server/oparl/read/open-council-file';

/**
 * Our stored copy of a council file (public record). Content-addressed, so the bytes behind this
 * address never change while it answers: caches may keep it.
 */
export async function GET(event) {
	requireAccess(event, 'public.read');
	const file = await openCouncilFile(event.params.fileId);
	if (!file) error(404, 'Diese Datei gibt es hier nicht.');
	return storedFileDownload(file, { private: false, maxAgeSeconds: 3600 });
}
