import { error } from '@sveltejs/kit';
import { Readable } from 'node:stream';
import { requireAccess } from '$lib/server/auth/policy';
import { EventError } from '$lib/server/events/errors';
import { openEventMaterial } from '$lib/server/events/open-material';
import { contentDisposition } from '$lib/server/files/content-disposition';
import { openFileStream } from '$lib/server/files/file-store';

/**
 * A material file of an event, for whoever sees it on the event's page (404 alike otherwise).
 * Always a download with the type detected from the content and no sniffing, and never kept by
 * shared caches: most materials are for participants only.
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
	return new Response(Readable.toWeb(openFileStream(file.sha256)) as ReadableStream, {
		headers: {
			'Content-Type': file.mediaType,
			'Content-Length': String(file.size),
			'Content-Disposition': contentDisposition(file.fileName),
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': 'private, no-cache',
			'Content-Security-Policy': "default-src 'none'; sandbox"
		}
	});
}
