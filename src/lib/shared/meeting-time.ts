import { formatEventTime } from './event-dates';
import { formatLongDate, formatShortDay, formatTime, formatWeekday } from './format-date';

/**
 * "Donnerstag, 10. Dezember 2026, 18:00–21:00 Uhr", or with the start alone when the council
 * system gives no (sensible) end, as most do for meetings not yet held.
 */
export function formatMeetingTime(start: Date, end: Date | null): string {
	if (end && end > start) return formatEventTime(start, end);
	return `${formatWeekday(start)}, ${formatLongDate(start)}, ${formatTime(start)} Uhr`;
}

/** "Do., 10.12." and "18:00 Uhr" for the compact calendar list. */
export function formatMeetingDay(start: Date): string {
	return formatShortDay(start);
}

export function formatMeetingClock(start: Date): string {
	return `${formatTime(start)} Uhr`;
}
