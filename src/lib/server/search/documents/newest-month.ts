import { sql } from 'drizzle-orm';
import { berlinDay } from '$lib/shared/berlin-time';
import { db } from '../../db';
import { searchDocument } from '../schema';
import { monthOfDay } from './month-stages';
import { rowsOf } from './rows';

/**
 * How long the newest month is remembered. Any month gives the same matches (month-stages.ts),
 * so a stale one only costs time: when newer documents arrive, the first stage holds them too.
 */
const REMEMBERED_FOR_MS = 10 * 60_000;

let remembered: { month: number; until: number } | null = null;

/** The current month in Berlin: where the staged lookup starts when nothing else is known. */
export function currentMonth(now = new Date()): number {
	return monthOfDay(berlinDay(now));
}

/**
 * The month of the newest document dated up to today (in Berlin), where the staged lookup starts:
 * not the current month, since a database whose imports stopped (or a benchmark corpus) would
 * find nothing in the first stages. The current month when no document is dated. Remembered a
 * while: one index probe, but one round trip more for every search otherwise.
 */
export async function newestDocumentMonth(now = new Date()): Promise<number> {
	if (remembered && remembered.until > now.getTime()) return remembered.month;
	const today = berlinDay(now);
	const [row] = rowsOf<{ newest: string | null }>(
		await db.execute(
			sql`SELECT max(${searchDocument.date})::text AS newest FROM ${searchDocument} WHERE ${searchDocument.date} <= ${today}`
		)
	);
	const month = row?.newest ? monthOfDay(row.newest) : currentMonth(now);
	remembered = { month, until: now.getTime() + REMEMBERED_FOR_MS };
	return month;
}

/** Forgets the remembered month (tests that date documents anew). */
export function forgetNewestDocumentMonth(): void {
	remembered = null;
}
