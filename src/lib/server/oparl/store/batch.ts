/**
 * Rows per multi-row statement. PostgreSQL allows 65,535 parameters per statement; the widest
 * row the store writes (an `oparl_object` row) has 13, so 1,000 rows stay well below it while a
 * list page (25–100 objects with their embedded ones) is a single statement.
 */
export const ROWS_PER_STATEMENT = 1000;

/** Ids per `IN (…)` list, for the same limit. */
export const IDS_PER_STATEMENT = 10_000;

export function chunks<T>(items: readonly T[], size: number): T[][] {
	const result: T[][] = [];
	for (let start = 0; start < items.length; start += size)
		result.push(items.slice(start, start + size));
	return result;
}
