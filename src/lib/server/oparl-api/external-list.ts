import { gt, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { filterQuery, type ListParams } from './list-params';

/** The columns (or expressions) a list filters and pages on. */
export interface ListColumns {
	id: AnyPgColumn;
	created: AnyPgColumn | SQL;
	modified: AnyPgColumn | SQL;
}

/** The filter conditions of a request (for the count) and the keyset cursor (for the page). */
export function listConditions(
	params: ListParams,
	columns: ListColumns
): { filters: SQL[]; cursor: SQL | undefined } {
	const filters: SQL[] = [];
	const at = (time: Date) => sql`${time.toISOString()}::timestamptz`;
	if (params.createdSince) filters.push(sql`${columns.created} >= ${at(params.createdSince)}`);
	if (params.createdUntil) filters.push(sql`${columns.created} <= ${at(params.createdUntil)}`);
	if (params.modifiedSince) filters.push(sql`${columns.modified} >= ${at(params.modifiedSince)}`);
	if (params.modifiedUntil) filters.push(sql`${columns.modified} <= ${at(params.modifiedUntil)}`);
	return { filters, cursor: params.after ? gt(columns.id, params.after) : undefined };
}

/** Expression for "the latest of these timestamps", for objects that embed others. */
export function latestOf(...values: (AnyPgColumn | SQL)[]): SQL {
	return sql`greatest(${sql.join(values, sql`, `)})`;
}

/**
 * A timestamp expression selected as ISO 8601 text: both drivers hand back the same string, and
 * OParl wants exactly this form.
 */
export function isoTimestamp(value: AnyPgColumn | SQL): SQL<string> {
	return sql<string>`to_json(${value})#>>'{}'`;
}

export interface ListPage<T> {
	data: T[];
	total: number;
	/** The id to continue after, when there are more. */
	nextAfter: string | null;
}

/**
 * Rows are fetched one more than the page holds: the extra one says whether a next page exists
 * without a second count.
 */
export function pageOf<T extends { id: string }>(
	rows: T[],
	limit: number
): { rows: T[]; nextAfter: string | null } {
	if (rows.length <= limit) return { rows, nextAfter: null };
	const page = rows.slice(0, limit);
	return { rows: page, nextAfter: page.at(-1)!.id };
}

/** The external list object of OParl 1.1 (2.7): data, pagination and links. */
export function externalList<T>(listUrl: string, params: ListParams, page: ListPage<T>) {
	const query = filterQuery(params);
	const withQuery = (extra: Record<string, string>) => {
		const all = new URLSearchParams(query);
		for (const [key, value] of Object.entries(extra)) all.set(key, value);
		const text = all.toString();
		return text ? `${listUrl}?${text}` : listUrl;
	};
	const links: Record<string, string> = {
		first: withQuery({}),
		self: withQuery(params.after ? { after: params.after } : {})
	};
	if (page.nextAfter) links.next = withQuery({ after: page.nextAfter });
	return {
		data: page.data,
		pagination: { totalElements: page.total, elementsPerPage: params.limit },
		links
	};
}
