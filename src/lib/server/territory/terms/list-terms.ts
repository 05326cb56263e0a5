import { and, asc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { TERM_BODY_KINDS, type TermBodyKind } from '../../../shared/term-forms';
import type { TermBody, TermRow } from '../../../shared/term-views';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { membership } from '../../directory/schema';
import { body, legislativeTerm, organization, territorialUnit } from '../schema';
import { seatInTermCondition } from './term-sql';

export type { TermBody, TermRow } from '../../../shared/term-views';

const council = alias(organization, 'term_council');

/** The body's council: the one council organization without a parent. */
const councilJoin = and(
	eq(council.bodyId, body.id),
	eq(council.organizationType, 'council'),
	isNull(council.parentId)
);

/** Bodies of the directory (not imported from a council system) of the listed kinds. */
function directoryBodies(kinds: readonly TermBodyKind[], query: string | null): SQL {
	const conditions = [isNull(body.oparlId), inArray(territorialUnit.kind, [...kinds])];
	if (query) {
		const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		conditions.push(or(ilike(body.name, pattern), ilike(council.name, pattern))!);
	}
	return and(...conditions)!;
}

/**
 * One page of bodies with all their Wahlperioden, newest first, and the mandates that fall into
 * each: the list the board checks and corrects terms in.
 */
export async function listTermBodies(options: {
	actor: SessionUser | null;
	kinds?: readonly TermBodyKind[];
	query?: string | null;
	page?: number;
	pageSize?: number;
}): Promise<{ total: number; page: number; pageCount: number; bodies: TermBody[] }> {
	assertCan(options.actor, 'directory.manage');
	const where = directoryBodies(options.kinds ?? TERM_BODY_KINDS, options.query?.trim() || null);
	const pageSize = options.pageSize ?? 25;
	const [counted] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(body)
		.innerJoin(territorialUnit, eq(territorialUnit.id, body.territorialUnitId))
		.leftJoin(council, councilJoin)
		.where(where);
	const total = Number(counted?.n ?? 0);
	const pageCount = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
	const kindOrder = sql.join(
		TERM_BODY_KINDS.map((kind, index) => sql`when ${kind} then ${index}`),
		sql` `
	);
	const bodies = await db
		.select({
			id: body.id,
			name: body.name,
			councilName: sql<string>`coalesce(${council.name}, ${body.name})`,
			kind: territorialUnit.kind
		})
		.from(body)
		.innerJoin(territorialUnit, eq(territorialUnit.id, body.territorialUnitId))
		.leftJoin(council, councilJoin)
		.where(where)
		.orderBy(sql`case ${territorialUnit.kind} ${kindOrder} end`, asc(body.name))
		.limit(pageSize)
		.offset((page - 1) * pageSize);
	const terms = await termsOf(bodies.map((row) => row.id));
	return {
		total,
		page,
		pageCount,
		bodies: bodies.map((row) => ({
			...row,
			kind: row.kind as TermBodyKind,
			terms: terms.get(row.id) ?? []
		}))
	};
}

async function termsOf(bodyIds: string[]): Promise<Map<string, TermRow[]>> {
	const byBody = new Map<string, TermRow[]>();
	if (bodyIds.length === 0) return byBody;
	const seats = db
		.select({
			termId: sql<string>`${legislativeTerm.id}`.as('seat_term_id'),
			n: sql<number>`count(*)::int`.as('seat_count')
		})
		.from(legislativeTerm)
		.innerJoin(organization, eq(organization.bodyId, legislativeTerm.bodyId))
		.innerJoin(membership, eq(membership.organizationId, organization.id))
		.where(and(inArray(legislativeTerm.bodyId, bodyIds), seatInTermCondition()))
		.groupBy(legislativeTerm.id)
		.as('seats');
	const rows = await db
		.select({
			id: legislativeTerm.id,
			bodyId: legislativeTerm.bodyId,
			name: legislativeTerm.name,
			startDate: legislativeTerm.startDate,
			endDate: legislativeTerm.endDate,
			oparlId: legislativeTerm.oparlId,
			dataKey: legislativeTerm.dataKey,
			mandates: sql<number>`coalesce(${seats.n}, 0)`
		})
		.from(legislativeTerm)
		.leftJoin(seats, eq(seats.termId, legislativeTerm.id))
		.where(inArray(legislativeTerm.bodyId, bodyIds))
		.orderBy(sql`${legislativeTerm.startDate} desc`);
	for (const row of rows) {
		const list = byBody.get(row.bodyId) ?? [];
		list.push({
			id: row.id,
			name: row.name,
			startDate: row.startDate,
			endDate: row.endDate,
			mandates: Number(row.mandates),
			origin: row.oparlId ? 'oparl' : row.dataKey ? 'state_data' : 'board'
		});
		byBody.set(row.bodyId, list);
	}
	return byBody;
}
