import { describe, expect, it } from 'vitest';
import {
	formatDateTime,
	formatFullDateTime,
	formatLongDate,
	formatLongDateTime,
	formatMediumDate,
	formatMonth,
	formatShortDay,
	formatTime,
	formatWeekday
} from './format-date';

// 17:00 UTC is 18:00 in Berlin in winter; 16:00 UTC is 18:00 in summer.
const winter = new Date('2026-12-10T17:00:00Z');
const summer = new Date('2026-07-02T16:00:00Z');

describe('German dates', () => {
	it('shows time in Germany whatever the process zone', () => {
		// 19:15 UTC is 20:15 in Berlin in winter and 21:15 in summer.
		expect(formatDateTime(new Date('2026-11-25T19:15:00Z'))).toBe('25.11.2026, 20:15');
		expect(formatDateTime(new Date('2026-07-01T19:15:00Z'))).toBe('01.07.2026, 21:15');
	});

	it('writes the month out for page dates', () => {
		expect(formatLongDate(new Date('2024-06-09T10:00:00Z'))).toBe('9. Juni 2024');
	});

	it('writes the month out with the time for link expiries', () => {
		expect(formatLongDateTime(winter)).toBe('10. Dezember 2026 um 18:00');
		expect(formatLongDateTime(summer)).toBe('2. Juli 2026 um 18:00');
	});

	it('names the weekday with the full date and time', () => {
		expect(formatFullDateTime(winter)).toBe('Donnerstag, 10. Dezember 2026 um 18:00');
		expect(formatFullDateTime(summer)).toBe('Donnerstag, 2. Juli 2026 um 18:00');
	});

	it('writes a date in digits', () => {
		expect(formatMediumDate(winter)).toBe('10.12.2026');
		expect(formatMediumDate(summer)).toBe('02.07.2026');
		// 23:30 UTC on 31 December is already New Year's Day in Berlin.
		expect(formatMediumDate(new Date('2026-12-31T23:30:00Z'))).toBe('01.01.2027');
	});

	it('shortens the weekday and day for the calendar list', () => {
		expect(formatShortDay(winter)).toBe('Do., 10.12.');
		expect(formatShortDay(summer)).toBe('Do., 02.07.');
	});

	it('names the weekday', () => {
		expect(formatWeekday(winter)).toBe('Donnerstag');
		expect(formatWeekday(summer)).toBe('Donnerstag');
		// 22:30 UTC on a Wednesday in summer is Thursday in Berlin.
		expect(formatWeekday(new Date('2026-07-01T22:30:00Z'))).toBe('Donnerstag');
	});

	it("names Berlin's month", () => {
		expect(formatMonth(winter)).toBe('Dezember 2026');
		expect(formatMonth(summer)).toBe('Juli 2026');
		expect(formatMonth(new Date('2026-06-30T22:30:00Z'))).toBe('Juli 2026');
	});

	it('shows the time of day in Berlin', () => {
		expect(formatTime(winter)).toBe('18:00');
		expect(formatTime(summer)).toBe('18:00');
		expect(formatTime(new Date('2026-03-05T08:05:00Z'))).toBe('09:05');
	});
});
