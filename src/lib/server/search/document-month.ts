import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** The month key of undated documents, which the date order puts first (NULL sorts first in DESC). */
export const UNDATED_MONTH = 2147483647;

/**
 * A document's month as the GIN index on (tsv, month) keys it: months since year 0 (January
 * 2026 is 2026 · 12), undated documents as UNDATED_MONTH. An array of one, so that one index
 * condition (`&&`) asks for many months in a single pass over the word's index entries; with
 * one condition per month (`= ANY`), each month costs a pass of its own, and a common word's
 * pass takes milliseconds. Queries must use this expression verbatim for the planner to use
 * the index (documents/month-stages.ts).
 */
export const documentMonthOf = (date: SQL | AnyPgColumn) =>
	sql`ARRAY[coalesce((extract(year from ${date})::int * 12 + extract(month from ${date})::int - 1), ${sql.raw(String(UNDATED_MONTH))})]`;
