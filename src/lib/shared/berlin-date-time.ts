/**
 * Wall-clock times in Europe/Berlin for `<input type="datetime-local">`: the browser sends
 * `YYYY-MM-DDTHH:MM` without a zone, and people mean German time wherever the server runs.
 */
import { BERLIN_TIME_ZONE, berlinWallClock } from './berlin-time';

/** `2026-03-29T10:00` (Berlin) as an instant; null for anything that is no real date and time. */
export function parseBerlinDateTime(value: string): Date | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/.exec(value.trim());
	if (!match) return null;
	const [year, month, day, hours, minutes] = match.slice(1).map(Number) as [
		number,
		number,
		number,
		number,
		number
	];
	if (hours > 23 || minutes > 59) return null;
	return berlinWallClock(year, month, day, hours, minutes);
}

/** An instant as the value of a datetime-local field, in Berlin time. */
export function berlinDateTimeInput(at: Date): string {
	const parts = new Intl.DateTimeFormat('sv-SE', {
		timeZone: BERLIN_TIME_ZONE,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).format(at);
	return parts.replace(' ', 'T');
}
