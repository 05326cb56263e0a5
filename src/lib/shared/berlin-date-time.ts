/**
 * Wall-clock times in Europe/Berlin for `<input type="datetime-local">`: the browser sends
 * `YYYY-MM-DDTHH:MM` without a zone, and people mean German time wherever the server runs.
 */
const TIME_ZONE = 'Europe/Berlin';

function offsetMinutes(at: Date): number {
	const name = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' })
		.formatToParts(at)
		.find((part) => part.type === 'timeZoneName')?.value;
	const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
	if (!match) return 0;
	const minutes = Number(match[2]) * 60 + Number(match[3]);
	return match[1] === '-' ? -minutes : minutes;
}

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
	const asUtc = Date.UTC(year, month - 1, day, hours, minutes);
	const check = new Date(asUtc);
	if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
	const first = asUtc - offsetMinutes(new Date(asUtc)) * 60_000;
	// Near a switch the offset at the result can differ from the guess; one correction suffices.
	return new Date(asUtc - offsetMinutes(new Date(first)) * 60_000);
}

/** An instant as the value of a datetime-local field, in Berlin time. */
export function berlinDateTimeInput(at: Date): string {
	const parts = new Intl.DateTimeFormat('sv-SE', {
		timeZone: TIME_ZONE,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).format(at);
	return parts.replace(' ', 'T');
}
