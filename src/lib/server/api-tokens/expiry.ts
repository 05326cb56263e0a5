import { startOfBerlinDay } from '../../shared/berlin-time';

/**
 * "Valid until 2026-12-31" means through that whole day in Berlin: the token stops at the
 * following midnight there, whichever of CET or CEST is in force. `day` is a checked calendar day.
 */
export function expiryAfterDay(day: string): Date {
	const next = new Date(`${day}T00:00:00Z`);
	next.setUTCDate(next.getUTCDate() + 1);
	const midnight = startOfBerlinDay(next.toISOString().slice(0, 10));
	if (!midnight) throw new RangeError(`Kein Kalendertag: ${day}`);
	return midnight;
}
