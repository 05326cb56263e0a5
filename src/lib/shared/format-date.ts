/**
 * Dates as people in Germany read them. The zone is fixed so the server's rendering and the
 * browser's hydration agree, wherever either runs.
 */
const TIME_ZONE = 'Europe/Berlin';

const dateTime = new Intl.DateTimeFormat('de-DE', {
	dateStyle: 'medium',
	timeStyle: 'short',
	timeZone: TIME_ZONE
});
const longDate = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: TIME_ZONE });

/** "25.11.2026, 21:15" */
export function formatDateTime(date: Date): string {
	return dateTime.format(date);
}

/** "25. November 2026" */
export function formatLongDate(date: Date): string {
	return longDate.format(date);
}

/** "14.03.2025" for a calendar day stored as YYYY-MM-DD (no time, so no zone to shift it). */
export function formatDay(day: string): string {
	const [year, month, date] = day.split('-');
	return `${date}.${month}.${year}`;
}
