const BERLIN = 'Europe/Berlin';
const berlinDay = new Intl.DateTimeFormat('sv-SE', { timeZone: BERLIN });
const berlinHour = new Intl.DateTimeFormat('en-GB', {
	timeZone: BERLIN,
	hour: 'numeric',
	hourCycle: 'h23'
});

/** Today's date in Berlin as YYYY-MM-DD (what people mean by "today" here). */
export function berlinToday(now: Date = new Date()): string {
	return berlinDay.format(now);
}

/**
 * "Valid until 2026-12-31" means through that whole day in Berlin: the token stops at the
 * following midnight there, whichever of CET or CEST is in force.
 */
export function expiryAfterDay(day: string): Date {
	const next = new Date(`${day}T00:00:00Z`);
	next.setUTCDate(next.getUTCDate() + 1);
	for (const offsetHours of [1, 2]) {
		const candidate = new Date(next.getTime() - offsetHours * 3_600_000);
		if (Number(berlinHour.format(candidate)) === 0) return candidate;
	}
	return next;
}
