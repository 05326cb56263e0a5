import { createHash } from 'node:crypto';

/**
 * A cacheable public answer with ETag and Last-Modified, or 304 when the client's copy is current.
 * Shared caches may keep it briefly; everyone revalidates after that.
 */
export function conditionalResponse(
	request: Request,
	body: string,
	options: { contentType: string; lastModified?: Date; maxAgeSeconds?: number }
): Response {
	const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
	const headers: Record<string, string> = {
		'content-type': options.contentType,
		'cache-control': `public, max-age=${options.maxAgeSeconds ?? 300}, must-revalidate`,
		etag
	};
	if (options.lastModified && options.lastModified.getTime() > 0) {
		headers['last-modified'] = options.lastModified.toUTCString();
	}
	const ifNoneMatch = request.headers.get('if-none-match');
	if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag)) {
		return new Response(null, { status: 304, headers });
	}
	return new Response(body, { headers });
}
