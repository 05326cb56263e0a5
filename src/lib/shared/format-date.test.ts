import { describe, expect, it } from 'vitest';
import { formatDateTime, formatLongDate } from './format-date';

describe('German dates', () => {
	it('shows time in Germany whatever the process zone', () => {
		// 19:15 UTC is 20:15 in Berlin in winter and 21:15 in summer.
		expect(formatDateTime(new Date('2026-11-25T19:15:00Z'))).toBe('25.11.2026, 20:15');
		expect(formatDateTime(new Date('2026-07-01T19:15:00Z'))).toBe('01.07.2026, 21:15');
	});

	it('writes the month out for page dates', () => {
		expect(formatLongDate(new Date('2024-06-09T10:00:00Z'))).toBe('9. Juni 2024');
	});
});
