import { formatDateTime, formatLongDate } from './format-date';

const time = new Intl.DateTimeFormat('de-DE', {
	hour: '2-digit',
	minute: '2-digit',
	timeZone: 'Europe/Berlin'
});
const weekday = new Intl.DateTimeFormat('de-DE', { weekday: 'long', timeZone: 'Europe/Berlin' });

/** "Samstag, 14. März 2026, 10:00–16:00 Uhr", or both ends in full across days (Berlin time). */
export function formatEventTime(startsAt: Date, endsAt: Date): string {
	const startDay = formatLongDate(startsAt);
	if (startDay === formatLongDate(endsAt)) {
		return `${weekday.format(startsAt)}, ${startDay}, ${time.format(startsAt)}–${time.format(endsAt)} Uhr`;
	}
	return `${formatDateTime(startsAt)} Uhr bis ${formatDateTime(endsAt)} Uhr`;
}
