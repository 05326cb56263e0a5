import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '../db';
import { legislativeTerm } from '../territory/schema';
import { externalList, isoTimestamp, listConditions } from './external-list';
import type { ListParams } from './list-params';
import { withTombstones } from './tombstones';
import { compact, oparlBase, type OparlJson } from './oparl-object';
import { bodyListUrl, objectUrl } from './oparl-urls';

export const termColumns = {
	id: legislativeTerm.id,
	bodyId: legislativeTerm.bodyId,
	name: legislativeTerm.name,
	startDate: legislativeTerm.startDate,
	endDate: legislativeTerm.endDate,
	created: isoTimestamp(legislativeTerm.createdAt),
	modified: isoTimestamp(legislativeTerm.modifiedAt)
};
export type TermRow = {
	id: string;
	bodyId: string;
	name: string;
	startDate: string;
	endDate: string | null;
	created: string;
	modified: string;
};

export function toOparlLegislativeTerm(row: TermRow): OparlJson {
	return compact({
		...oparlBase('legislativeTerm', row),
		body: objectUrl('body', row.bodyId),
		name: row.name,
		startDate: row.startDate,
		endDate: row.endDate
	});
}

export async function listOparlLegislativeTerms(bodyId: string, params: ListParams) {
	const { filters, cursor } = listConditions(params, {
		id: legislativeTerm.id,
		created: legislativeTerm.createdAt,
		modified: legislativeTerm.modifiedAt
	});
	const scope = eq(legislativeTerm.bodyId, bodyId);
	const [rows, [count]] = await Promise.all([
		db
			.select(termColumns)
			.from(legislativeTerm)
			.where(and(scope, ...filters, cursor))
			.orderBy(asc(legislativeTerm.id))
			.limit(params.limit + 1),
		db
			.select({ total: sql<number>`count(*)::int` })
			.from(legislativeTerm)
			.where(and(scope, ...filters))
	]);
	return externalList(
		bodyListUrl(bodyId, 'legislativeTerm'),
		params,
		await withTombstones({
			kind: 'legislativeTerm',
			bodyId,
			params,
			rows,
			total: count?.total ?? 0,
			serialize: (rows: TermRow[]) => rows.map(toOparlLegislativeTerm)
		})
	);
}

export async function getOparlLegislativeTerm(id: string): Promise<OparlJson | null> {
	const [row] = await db
		.select(termColumns)
		.from(legislativeTerm)
		.where(eq(legislativeTerm.id, id))
		.limit(1);
	return row ? toOparlLegislativeTerm(row) : null;
}
