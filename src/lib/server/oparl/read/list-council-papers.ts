import { and, asc, count, desc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import { db } from '../../db';
import { oparlBody, oparlObject, oparlPaper } from '../schema';
import { shownCondition } from './shown';

export const PAPERS_PAGE_SIZE = 20;

export interface CouncilPaperListItem {
	id: string;
	name: string;
	reference: string | null;
	date: string | null;
	paperType: string | null;
}

/** The latest papers of a followed body (newest first), optionally of one paper type. */
export async function listCouncilPapers(filters: {
	bodyId: string;
	paperType?: string | null;
	page?: number;
}): Promise<{ items: CouncilPaperListItem[]; total: number; page: number; pageSize: number }> {
	const conditions: SQL[] = [shownCondition(), eq(oparlPaper.bodyId, filters.bodyId)];
	if (filters.paperType) conditions.push(eq(oparlPaper.paperType, filters.paperType));
	const where = and(...conditions);
	const page = Math.max(1, filters.page ?? 1);
	const [totalRow] = await db
		.select({ n: count() })
		.from(oparlPaper)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlPaper.objectId))
		.innerJoin(oparlBody, eq(oparlBody.objectId, oparlPaper.bodyId))
		.where(where);
	const items = await db
		.select({
			id: oparlPaper.objectId,
			name: oparlPaper.name,
			reference: oparlPaper.reference,
			date: oparlPaper.date,
			paperType: oparlPaper.paperType
		})
		.from(oparlPaper)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlPaper.objectId))
		.innerJoin(oparlBody, eq(oparlBody.objectId, oparlPaper.bodyId))
		.where(where)
		// Papers without a date last; the reference breaks ties the way the council numbers them.
		.orderBy(
			sql`${oparlPaper.date} desc nulls last`,
			desc(oparlPaper.reference),
			asc(oparlPaper.objectId)
		)
		.limit(PAPERS_PAGE_SIZE)
		.offset((page - 1) * PAPERS_PAGE_SIZE);
	return { items, total: totalRow?.n ?? 0, page, pageSize: PAPERS_PAGE_SIZE };
}

/** The paper types a body uses, with how many papers each has (for the filter). */
export async function councilPaperTypes(
	bodyId: string
): Promise<{ value: string; count: number }[]> {
	const rows = await db
		.select({ value: oparlPaper.paperType, count: count() })
		.from(oparlPaper)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlPaper.objectId))
		.innerJoin(oparlBody, eq(oparlBody.objectId, oparlPaper.bodyId))
		.where(and(shownCondition(), eq(oparlPaper.bodyId, bodyId), isNotNull(oparlPaper.paperType)))
		.groupBy(oparlPaper.paperType)
		.orderBy(asc(oparlPaper.paperType));
	return rows
		.filter((row): row is { value: string; count: number } => Boolean(row.value?.trim()))
		.map((row) => ({ value: row.value, count: row.count }));
}
