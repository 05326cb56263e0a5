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
const longDateTime = new Intl.DateTimeFormat('de-DE', {
	dateStyle: 'long',
	timeStyle: 'short',
	timeZone: TIME_ZONE
});
const fullDateTime = new Intl.DateTimeFormat('de-DE', {
	dateStyle: 'full',
	timeStyle: 'short',
	timeZone: TIME_ZONE
});
const mediumDate = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: TIME_ZONE });
const longDate = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: TIME_ZONE });
const shortDay = new Intl.DateTimeFormat('de-DE', {
	weekday: 'short',
	day: '2-digit',
	month: '2-digit',
	timeZone: TIME_ZONE
});
const weekday = new Intl.DateTimeFormat('de-DE', { weekday: 'long', timeZone: TIME_ZONE });
const monthYear = new Intl.DateTimeFormat('de-DE', {
	month: 'long',
	year: 'numeric',
	timeZone: TIME_ZONE
});
const time = new Intl.DateTimeFormat('de-DE', {
	hour: '2-digit',
	minute: '2-digit',
	timeZone: TIME_ZONE
});

/** "25.11.2026, 21:15" */
export function formatDateTime(date: Date): string {
	return dateTime.format(date);
}

/** "10. Dezember 2026 um 18:00" */
export function formatLongDateTime(date: Date): string {
	return longDateTime.format(date);
}

/** "Donnerstag, 10. Dezember 2026 um 18:00" */
export function formatFullDateTime(date: Date): string {
	return fullDateTime.format(date);
}

/** "10.12.2026" */
export function formatMediumDate(date: Date): string {
	return mediumDate.format(date);
}

/** "25. November 2026" */
export function formatLongDate(date: Date): string {
	return longDate.format(date);
}

/** "Do., 10.12." */
export function formatShortDay(date: Date): string {
	return shortDay.format(date);
}

/** "Donnerstag" */
export function formatWeekday(date: Date): string {
	return weekday.format(date);
}

/** "Dezember 2026": 23:30 on a month's last day in Berlin still belongs to that month. */
export function formatMonth(date: Date): string {
	return monthYear.format(date);
}

/** "18:00" */
export function formatTime(date: Date): string {
	return time.format(date);
}

/** "14.03.2025" for a calendar day stored as YYYY-MM-DD (no time, so no zone to shift it). */
export function formatDay(day: string): string {
	const [year, month, date] = day.split('-');
	return `${date}.${month}.${year}`;
}
