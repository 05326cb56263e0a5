import { describe, expect, it } from 'vitest';
import { berlinDay, berlinToday, endOfBerlinDay, startOfBerlinDay } from './berlin-time';

describe('Berlin calendar days', () => {
	it('uses winter and summer time', () => {
		expect(startOfBerlinDay('2025-01-15')?.toISOString()).toBe('2025-01-14T23:00:00.000Z');
		expect(startOfBerlinDay('2025-07-15')?.toISOString()).toBe('2025-07-14T22:00:00.000Z');
		expect(endOfBerlinDay('2025-07-15')?.toISOString()).toBe('2025-07-15T21:59:59.999Z');
	});

	it('handles the days of the switch', () => {
		expect(startOfBerlinDay('2025-03-30')?.toISOString()).toBe('2025-03-29T23:00:00.000Z');
		expect(endOfBerlinDay('2025-03-30')?.toISOString()).toBe('2025-03-30T21:59:59.999Z');
		expect(endOfBerlinDay('2025-10-26')?.toISOString()).toBe('2025-10-26T22:59:59.999Z');
	});

	it('rejects impossible dates and round-trips days', () => {
		expect(startOfBerlinDay('2025-02-30')).toBeNull();
		expect(startOfBerlinDay('15.01.2025')).toBeNull();
		expect(berlinDay(new Date('2025-07-14T22:30:00Z'))).toBe('2025-07-15');
	});

	it('says which day it is in Berlin, also around midnight there', () => {
		expect(berlinToday(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
		expect(berlinToday(new Date('2025-07-14T21:59:00Z'))).toBe('2025-07-14');
		expect(berlinToday(new Date('2025-07-14T22:00:00Z'))).toBe('2025-07-15');
	});
});
