import { describe, expect, it } from 'vitest';
import { berlinDateTimeInput, parseBerlinDateTime } from './berlin-date-time';

describe('Berlin wall-clock times', () => {
	it('reads winter and summer times with their offsets', () => {
		expect(parseBerlinDateTime('2026-01-15T18:30')?.toISOString()).toBe('2026-01-15T17:30:00.000Z');
		expect(parseBerlinDateTime('2026-07-15T18:30')?.toISOString()).toBe('2026-07-15T16:30:00.000Z');
	});

	it('handles the days the clocks change', () => {
		expect(parseBerlinDateTime('2026-03-29T10:00')?.toISOString()).toBe('2026-03-29T08:00:00.000Z');
		expect(parseBerlinDateTime('2026-10-25T10:00')?.toISOString()).toBe('2026-10-25T09:00:00.000Z');
	});

	it('refuses what is no date and time', () => {
		for (const bad of ['', '2026-02-30T10:00', '2026-01-01T24:00', '2026-01-01', 'morgen'])
			expect(parseBerlinDateTime(bad)).toBeNull();
	});

	it('writes the field value back in Berlin time', () => {
		expect(berlinDateTimeInput(new Date('2026-07-15T16:30:00Z'))).toBe('2026-07-15T18:30');
		const value = '2026-10-25T02:30';
		expect(berlinDateTimeInput(parseBerlinDateTime(value)!)).toBe(value);
	});
});
