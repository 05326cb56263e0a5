import type { CalendarDocument } from './calendar-document';

export interface CalendarResponseOptions {
	/**
	 * `public`: anyone may cache it (the public feed). `private`: the reader's own view (a personal
	 * feed, a file with their online link): no shared cache, not indexed, no referrer.
	 */
	cache: 'public' | 'private';
	/** Offered file name when saved ("veranstaltung.ics"); feeds are shown inline. */
	download?: string;
}

/**
 * The HTTP answer for a calendar, with validators: a calendar app polling an unchanged feed gets
 * 304 without a body. If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2), and the ETag
 * covers every byte, so an edit that kept the timestamps still shows.
 */
export function calendarResponse(
	request: Request,
	document: CalendarDocument,
	options: CalendarResponseOptions
): Response {
	const headers = new Headers({
		'content-type': 'text/calendar; charset=utf-8',
		etag: document.etag,
		'x-content-type-options': 'nosniff'
	});
	if (document.lastModified) headers.set('last-modified', document.lastModified.toUTCString());
	if (options.cache === 'public') {
		headers.set('cache-control', 'public, max-age=300, must-revalidate');
	} else {
		headers.set('cache-control', 'private, no-cache');
		headers.set('x-robots-tag', 'noindex, nofollow');
		headers.set('referrer-policy', 'no-referrer');
	}
	if (options.download) {
		headers.set('content-disposition', `attachment; filename="${options.download}"`);
	}
	if (notModified(request, document)) return new Response(null, { status: 304, headers });
	return new Response(document.body, { headers });
}

function notModified(request: Request, document: CalendarDocument): boolean {
	const ifNoneMatch = request.headers.get('if-none-match');
	if (ifNoneMatch !== null) {
		return ifNoneMatch
			.split(',')
			.map((tag) => tag.trim().replace(/^W\//, ''))
			.some((tag) => tag === '*' || tag === document.etag);
	}
	const ifModifiedSince = request.headers.get('if-modified-since');
	if (ifModifiedSince === null || !document.lastModified) return false;
	const since = Date.parse(ifModifiedSince);
	// HTTP dates have whole seconds.
	return !Number.isNaN(since) && Math.floor(document.lastModified.getTime() / 1000) * 1000 <= since;
}
