import { error } from '@sveltejs/kit';
import { Readable } from 'node:stream';
import { requireAccess } from '$lib/server/auth/policy';
import { contentDisposition } from '$lib/server/files/content-disposition';
import { openFileStream } from '$lib/server/files/file-store';
import { openCouncilFile } from '$lib/server/oparl/read/open-council-file';

/**
 * Our stored copy of a council file (public record). Content-addressed, so the bytes behind this
 * address never change while it answers: caches may keep it. Always a download with the detected
 * type, no sniffing and a sandbox, so a file from a council system can never run as our page.
 */
export async function GET(event) {
	requireAccess(event, 'public.read');
	const file = await openCouncilFile(event.params.fileId);
	if (!file) error(404, 'Diese Datei gibt es hier nicht.');
	const stream = openFileStream(file.sha256);
	return new Response(Readable.toWeb(stream) as ReadableStream, {
		headers: {
			'Content-Type': file.mediaType,
			'Content-Length': String(file.size),
			'Content-Disposition': contentDisposition(file.fileName),
			'X-Content-Type-Options': 'nosniff',
			ETag: `"${file.sha256}"`,
			'Cache-Control': 'public, max-age=3600',
			'Content-Security-Policy': "default-src 'none'; sandbox"
		}
	});
}
