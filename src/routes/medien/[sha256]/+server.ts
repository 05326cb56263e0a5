import { error } from '@sveltejs/kit';
import { Readable } from 'node:stream';
import { requireAccess } from '$lib/server/auth/policy';
import { openMedia } from '$lib/server/content/images/open-media';

/**
 * A public image of the site's content. The address is the content's hash, so the bytes behind
 * it never change: caches may keep it for a year without asking again.
 */
export async function GET(event) {
	requireAccess(event, 'public.read');
	const media = await openMedia(event.params.sha256);
	if (!media) error(404, 'Dieses Bild gibt es nicht.');
	const etag = `"${event.params.sha256}"`;
	const headers = {
		'Content-Type': media.mediaType,
		'X-Content-Type-Options': 'nosniff',
		'Cache-Control': 'public, max-age=31536000, immutable',
		ETag: etag,
		'Content-Security-Policy': "default-src 'none'; sandbox"
	};
	if (event.request.headers.get('if-none-match') === etag) {
		return new Response(null, { status: 304, headers });
	}
	return new Response(Readable.toWeb(media.stream()) as ReadableStream, {
		headers: { ...headers, 'Content-Length': String(media.size) }
	});
}
