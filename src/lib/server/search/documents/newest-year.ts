import { sql } from 'drizzle-orm';
import { berlinDay } from '$lib/shared/berlin-time';
import { db } from '../../db';
import { searchDocument } from '../schema';
import { rowsOf } from './rows';

/**
 * How long the newest year is remembered. Any year gives the same matches (year-stages.ts), so
 * a stale one only costs time: when newer documents arrive, the first stage holds them too.
 */
const REMEMBERED_FOR_MS = 10 * 60_000;

let remembered: { year: number; until: number } | null = null;

/** The year of a `YYYY-MM-DD` day. */
function yearOfDay(day: string): number {
	return Number(day.slice(0, day.indexOf('-', 1)));
}

/** The current year in Berlin: where the staged lookup starts when nothing else is known. */
function currentYear(now = new Date()): number {
	return yearOfDay(berlinDay(now));
}

/**
 * The year of the newest document dated up to today (in Berlin), where the staged lookup starts:
 * not the current year, since a database whose imports stopped (or a benchmark corpus) would
 * find nothing in the first stages. The current year when no document is dated. Remembered a
 * while: one index probe, but one round trip more for every search otherwise.
 */
export async function newestDocumentYear(now = new Date()): Promise<number> {
	if (remembered && remembered.until > now.getTime()) return remembered.year;
	const today = berlinDay(now);
	const [row] = rowsOf<{ newest: string | null }>(
		await db.execute(
			sql`SELECT max(${searchDocument.date})::text AS newest FROM ${searchDocument} WHERE ${searchDocument.date} <= ${today}`
		)
	);
	const year = row?.newest ? yearOfDay(row.newest) : currentYear(now);
	remembered = { year, until: now.getTime() + REMEMBERED_FOR_MS };
	return year;
}

/** Forgets the remembered year (tests that date documents anew). */
export function forgetNewestDocumentYear(): void {
	remembered = null;
}
