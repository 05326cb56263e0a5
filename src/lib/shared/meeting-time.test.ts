import { describe, expect, it } from 'vitest';
import { formatMeetingDay, formatMeetingTime } from './meeting-time';

describe('formatMeetingTime', () => {
	it('names the day and both times, or the start alone without a sensible end', () => {
		const start = new Date('2026-12-10T17:00:00Z');
		expect(formatMeetingTime(start, new Date('2026-12-10T20:00:00Z'))).toBe(
			'Donnerstag, 10. Dezember 2026, 18:00–21:00 Uhr'
		);
		expect(formatMeetingTime(start, null)).toBe('Donnerstag, 10. Dezember 2026, 18:00 Uhr');
		expect(formatMeetingTime(start, start)).toBe('Donnerstag, 10. Dezember 2026, 18:00 Uhr');
		expect(formatMeetingDay(start)).toBe('Do., 10.12.');
	});
});
