import { and, eq, isNull, sql } from 'drizzle-orm';
import { TERM_BODY_KINDS, type TermBodyKind } from '../../../shared/term-forms';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { membership } from '../../directory/schema';
import { body, legislativeTerm, organization, territorialUnit } from '../schema';
import { seatInTermCondition } from './term-sql';

export interface TermGroup {
	name: string;
	startDate: string;
	endDate: string | null;
	bodies: number;
	mandates: number;
}

export interface KindOverview {
	kind: TermBodyKind;
	bodies: number;
	/** Bodies of this kind with no Wahlperiode at all (e.g. the Landtag before the board adds one). */
	withoutTerm: number;
	/** The kind's terms, grouped by name and dates (most Gemeinden share one), newest first. */
	terms: TermGroup[];
}

/**
 * Per kind of body: how many there are, which Wahlperioden they have and how many mandates fall
 * into each — the board's check that a new term reached every council.
 */
export async function termOverview(options: {
	actor: SessionUser | null;
}): Promise<KindOverview[]> {
	assertCan(options.actor, 'directory.manage');
	const directoryBody = and(eq(territorialUnit.id, body.territorialUnitId), isNull(body.oparlId));
	const counts = await db
		.select({
			kind: territorialUnit.kind,
			bodies: sql<number>`count(*)::int`,
			withoutTerm: sql<number>`(count(*) filter (where not exists (select 1 from ${legislativeTerm} where ${legislativeTerm.bodyId} = ${body.id})))::int`
		})
		.from(body)
		.innerJoin(territorialUnit, directoryBody)
		.groupBy(territorialUnit.kind);
	const groupKey = [
		territorialUnit.kind,
		legislativeTerm.name,
		legislativeTerm.startDate,
		legislativeTerm.endDate
	] as const;
	const groups = await db
		.select({
			kind: territorialUnit.kind,
			name: legislativeTerm.name,
			startDate: legislativeTerm.startDate,
			endDate: legislativeTerm.endDate,
			bodies: sql<number>`count(*)::int`
		})
		.from(legislativeTerm)
		.innerJoin(body, eq(body.id, legislativeTerm.bodyId))
		.innerJoin(territorialUnit, directoryBody)
		.groupBy(...groupKey)
		.orderBy(sql`${legislativeTerm.startDate} desc`, legislativeTerm.name);
	const seats = await db
		.select({
			kind: territorialUnit.kind,
			name: legislativeTerm.name,
			startDate: legislativeTerm.startDate,
			endDate: legislativeTerm.endDate,
			mandates: sql<number>`count(*)::int`
		})
		.from(legislativeTerm)
		.innerJoin(body, eq(body.id, legislativeTerm.bodyId))
		.innerJoin(territorialUnit, directoryBody)
		.innerJoin(organization, eq(organization.bodyId, body.id))
		.innerJoin(membership, eq(membership.organizationId, organization.id))
		.where(seatInTermCondition())
		.groupBy(...groupKey);
	const key = (row: { kind: string; name: string; startDate: string; endDate: string | null }) =>
		[row.kind, row.name, row.startDate, row.endDate ?? ''].join('|');
	const mandates = new Map(seats.map((row) => [key(row), Number(row.mandates)]));
	return TERM_BODY_KINDS.map((kind) => {
		const count = counts.find((row) => row.kind === kind);
		return {
			kind,
			bodies: Number(count?.bodies ?? 0),
			withoutTerm: Number(count?.withoutTerm ?? 0),
			terms: groups
				.filter((row) => row.kind === kind)
				.map((row) => ({
					name: row.name,
					startDate: row.startDate,
					endDate: row.endDate,
					bodies: Number(row.bodies),
					mandates: mandates.get(key(row)) ?? 0
				}))
		};
	}).filter((overview) => overview.bodies > 0);
}
