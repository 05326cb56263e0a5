/**
 * Calendar days as people here mean them: in Europe/Berlin, whatever the server's time zone.
 * Forms send `YYYY-MM-DD`; the database stores instants.
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

function parseDay(day: string): [number, number, number] | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	if (!match) return null;
	const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const check = new Date(Date.UTC(year, month - 1, date));
	if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return null;
	return [year, month, date];
}

/** The Berlin wall-clock time on that day as an instant (handles summer time). */
function berlinInstant(day: string, hours: number, minutes: number, seconds: number, ms: number) {
	const parts = parseDay(day);
	if (!parts) return null;
	const asUtc = Date.UTC(parts[0], parts[1] - 1, parts[2], hours, minutes, seconds, ms);
	const first = asUtc - offsetMinutes(new Date(asUtc)) * 60_000;
	// Near a switch the offset at the result can differ from the guess; one correction suffices.
	return new Date(asUtc - offsetMinutes(new Date(first)) * 60_000);
}

export function startOfBerlinDay(day: string): Date | null {
	return berlinInstant(day, 0, 0, 0, 0);
}

export function endOfBerlinDay(day: string): Date | null {
	return berlinInstant(day, 23, 59, 59, 999);
}

/** `YYYY-MM-DD` of an instant in Berlin, e.g. to refill a date field. */
export function berlinDay(at: Date): string {
	return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE }).format(at);
}
