import { sql, type SQL } from 'drizzle-orm';

/** A column's name in the database: drizzle's `casing: 'snake_case'` turns `fooBar` into `foo_bar`. */
export function columnName(key: string): string {
	return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * `SET column = excluded.column` for these keys of an upsert: a multi-row `ON CONFLICT DO UPDATE`
 * must take each row's own values, and `excluded` knows the columns by their database names.
 */
export function excludedSet(keys: readonly string[]): Record<string, SQL> {
	return Object.fromEntries(keys.map((key) => [key, sql.raw(`excluded.${columnName(key)}`)]));
}
