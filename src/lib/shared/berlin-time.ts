/**
 * Calendar days and wall-clock times as people here mean them: in Europe/Berlin, whatever the
 * server's time zone. Forms send `YYYY-MM-DD` (or `YYYY-MM-DDTHH:MM`); the database stores instants.
 */
export const BERLIN_TIME_ZONE = 'Europe/Berlin';

const offsetName = new Intl.DateTimeFormat('en-US', {
	timeZone: BERLIN_TIME_ZONE,
	timeZoneName: 'longOffset'
});
// Swedish writes dates as ISO does: `2026-07-15`.
const isoDay = new Intl.DateTimeFormat('sv-SE', { timeZone: BERLIN_TIME_ZONE });

function offsetMinutes(at: Date): number {
	const name = offsetName.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
	const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
	if (!match) return 0;
	const minutes = Number(match[2]) * 60 + Number(match[3]);
	return match[1] === '-' ? -minutes : minutes;
}

/**
 * That Berlin wall-clock time as an instant (handles summer time); null when the day does not
 * exist (2025-02-30). `month` counts from 1.
 */
export function berlinWallClock(
	year: number,
	month: number,
	day: number,
	hours = 0,
	minutes = 0,
	seconds = 0,
	ms = 0
): Date | null {
	const asUtc = Date.UTC(year, month - 1, day, hours, minutes, seconds, ms);
	const check = new Date(asUtc);
	if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
	const first = asUtc - offsetMinutes(check) * 60_000;
	// Near a switch the offset at the result can differ from the guess; one correction suffices.
	return new Date(asUtc - offsetMinutes(new Date(first)) * 60_000);
}

function onBerlinDay(day: string, hours: number, minutes: number, seconds: number, ms: number) {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	if (!match) return null;
	const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
	return berlinWallClock(year, month, date, hours, minutes, seconds, ms);
}

export function startOfBerlinDay(day: string): Date | null {
	return onBerlinDay(day, 0, 0, 0, 0);
}

export function endOfBerlinDay(day: string): Date | null {
	return onBerlinDay(day, 23, 59, 59, 999);
}

/** `YYYY-MM-DD` of an instant in Berlin, e.g. to refill a date field. */
export function berlinDay(at: Date): string {
	return isoDay.format(at);
}

/** Today in Berlin as `YYYY-MM-DD`: deadlines, memberships and expiries are calendar days there. */
export function berlinToday(now: Date = new Date()): string {
	return isoDay.format(now);
}
