import { describe, expect, it } from 'vitest';
import { calendarResponse } from './calendar-response';
import { calendarDocument } from './calendar-document';

const document = calendarDocument(
	'BEGIN:VCALENDAR\r\nEND:VCALENDAR',
	new Date('2026-03-01T10:00:00.500Z')
);

function request(headers: Record<string, string> = {}): Request {
	return new Request('http://127.0.0.1/feeds/events.ics', { headers });
}

describe('calendarResponse', () => {
	it('serves the calendar with validators and public caching', async () => {
		const response = calendarResponse(request(), document, { cache: 'public' });
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		expect(response.headers.get('etag')).toBe(document.etag);
		expect(response.headers.get('last-modified')).toBe('Sun, 01 Mar 2026 10:00:00 GMT');
		expect(response.headers.get('cache-control')).toContain('public');
		expect(await response.text()).toBe(document.body);
	});

	it('answers 304 to a matching ETag or an unchanged date, 200 to anything else', () => {
		const status = (headers: Record<string, string>) =>
			calendarResponse(request(headers), document, { cache: 'public' }).status;
		expect(status({ 'if-none-match': document.etag })).toBe(304);
		expect(status({ 'if-none-match': `"alt", W/${document.etag}` })).toBe(304);
		expect(status({ 'if-none-match': '"alt"' })).toBe(200);
		expect(status({ 'if-modified-since': 'Sun, 01 Mar 2026 10:00:00 GMT' })).toBe(304);
		expect(status({ 'if-modified-since': 'Sun, 01 Mar 2026 09:59:59 GMT' })).toBe(200);
		expect(status({ 'if-modified-since': 'kein Datum' })).toBe(200);
		// The ETag decides when both are sent (RFC 9110 §13.2.2).
		expect(
			status({ 'if-none-match': '"alt"', 'if-modified-since': 'Sun, 01 Mar 2026 10:00:00 GMT' })
		).toBe(200);
	});

	it('keeps private calendars out of shared caches and search engines, without a date', () => {
		const personal = calendarDocument('BEGIN:VCALENDAR\r\nEND:VCALENDAR', null);
		const response = calendarResponse(
			request({ 'if-modified-since': 'Sun, 01 Mar 2026 10:00:00 GMT' }),
			personal,
			{ cache: 'private', download: 'veranstaltung.ics' }
		);
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('private, no-cache');
		expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
		expect(response.headers.get('last-modified')).toBeNull();
		expect(response.headers.get('content-disposition')).toBe(
			'attachment; filename="veranstaltung.ics"'
		);
	});
});
