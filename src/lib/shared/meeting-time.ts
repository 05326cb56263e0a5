import { formatEventTime } from './event-dates';
import { formatLongDate } from './format-date';

const time = new Intl.DateTimeFormat('de-DE', {
	hour: '2-digit',
	minute: '2-digit',
	timeZone: 'Europe/Berlin'
});
const weekday = new Intl.DateTimeFormat('de-DE', { weekday: 'long', timeZone: 'Europe/Berlin' });

/**
 * "Donnerstag, 10. Dezember 2026, 18:00–21:00 Uhr", or with the start alone when the council
 * system gives no (sensible) end, as most do for meetings not yet held.
 */
export function formatMeetingTime(start: Date, end: Date | null): string {
	if (end && end > start) return formatEventTime(start, end);
	return `${weekday.format(start)}, ${formatLongDate(start)}, ${time.format(start)} Uhr`;
}

/** "Do., 10.12." and "18:00 Uhr" for the compact calendar list. */
const shortDay = new Intl.DateTimeFormat('de-DE', {
	weekday: 'short',
	day: '2-digit',
	month: '2-digit',
	timeZone: 'Europe/Berlin'
});

export function formatMeetingDay(start: Date): string {
	return shortDay.format(start);
}

export function formatMeetingClock(start: Date): string {
	return `${time.format(start)} Uhr`;
}
