import { and, eq, or, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { db } from '../../db';
import { isUuid } from '../../directory/is-uuid';
import { oparlBody, oparlObject } from '../schema';
import type { CouncilFile } from './council-files';
import { httpUrl } from './http-url';
import { shownCondition } from './shown';

/** What every council page (meeting, paper) shows of its object, beside its own facts. */
export interface CouncilPageBase {
	id: string;
	name: string;
	webUrl: string | null;
	body: { id: string; name: string };
	files: CouncilFile[];
}

/** A projection table with a page of its own (meetings, papers). */
type PageTable = PgTable & { objectId: PgColumn; bodyId: PgColumn; webUrl: PgColumn };

export interface ShownPage<Row> {
	row: Row;
	/** The object as the server sent it (files and links are read from it). */
	raw: Record<string, unknown> | null;
	body: { id: string; name: string };
	/** The page at the council's own system: the typed field, else the raw `web`, http(s) only. */
	webUrl: string | null;
}

/**
 * The typed row of a council page's object when the page may be shown (see `shownCondition`),
 * with its raw JSON and body; null for anything else, malformed ids included, so the page
 * answers 404 alike.
 */
export async function shownPage<Row extends { bodyId: string; webUrl: string | null }>(
	table: PageTable,
	id: string
): Promise<ShownPage<Row> | null> {
	if (!isUuid(id)) return null;
	const [found] = await db
		.select({ row: table, raw: oparlObject.raw, bodyName: oparlBody.name })
		.from(table)
		.innerJoin(oparlObject, eq(oparlObject.id, table.objectId))
		.innerJoin(oparlBody, eq(oparlBody.objectId, table.bodyId))
		.where(and(eq(table.objectId, id), shownCondition()));
	if (!found) return null;
	const row = found.row as unknown as Row;
	const raw = found.raw as Record<string, unknown> | null;
	return {
		row,
		raw,
		body: { id: row.bodyId, name: found.bodyName as string },
		webUrl: httpUrl(row.webUrl) ?? httpUrl(raw?.['web'])
	};
}

/**
 * The live objects belonging to a parent (a meeting's agenda items, a paper's consultations),
 * with `oparlObject` joined on them: by their back-reference, or — as embedded objects often
 * leave it implicit — as embedded in the parent.
 */
export function belongingTo(backReference: PgColumn, parentId: string): SQL {
	return and(
		or(eq(backReference, parentId), eq(oparlObject.parentId, parentId)),
		eq(oparlObject.deleted, false),
		eq(oparlObject.placeholder, false)
	) as SQL;
}
