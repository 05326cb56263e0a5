import { formatDateTime, formatLongDate, formatTime, formatWeekday } from './format-date';

/** "Samstag, 14. März 2026, 10:00–16:00 Uhr", or both ends in full across days (Berlin time). */
export function formatEventTime(startsAt: Date, endsAt: Date): string {
	const startDay = formatLongDate(startsAt);
	if (startDay === formatLongDate(endsAt)) {
		return `${formatWeekday(startsAt)}, ${startDay}, ${formatTime(startsAt)}–${formatTime(endsAt)} Uhr`;
	}
	return `${formatDateTime(startsAt)} Uhr bis ${formatDateTime(endsAt)} Uhr`;
}
