import { sql, type SQL } from 'drizzle-orm';

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

/**
 * `SET column = excluded.column` for these keys of an upsert: a multi-row `ON CONFLICT DO
 * UPDATE` must take each row's own values. The database names columns in snake case (drizzle
 * `casing`), and `excluded` needs those names.
 */
export function excludedSet(keys: readonly string[]): Record<string, SQL> {
	return Object.fromEntries(keys.map((key) => [key, sql.raw(`excluded.${snakeCase(key)}`)]));
}

function snakeCase(key: string): string {
	return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
