import { and, eq, inArray, sql } from 'drizzle-orm';
import { columnName, excludedSet } from '../../db/upsert';
import { SEARCH_ROW_COLUMNS } from '../../search/document-columns';
import { searchDocument } from '../../search/schema';
import type { OparlExecutor } from './executor';

/** The search types whose rows stand for imported council objects (`sourceId` = object id). */
export const OPARL_DOCUMENT_TYPES = ['paper', 'meeting', 'agendaItem'] as const;
export type OparlDocumentType = (typeof OPARL_DOCUMENT_TYPES)[number];

export type OparlDocument = typeof searchDocument.$inferInsert & { type: OparlDocumentType };

/** Rows per statement: a page of many objects stays within the parameter limit. */
const BATCH = 200;

/** What a reader sees or filters by: a row is rewritten only when one of these differs. */
const COMPARED_COLUMNS = SEARCH_ROW_COLUMNS.filter((key) => key !== 'modifiedAt');

/**
 * Writes council documents, skipping rows whose content is unchanged: a sync re-reads many
 * objects that did not change in substance, and rewriting their rows would bump `modifiedAt`,
 * which saved-search alerts take as "new" (a paper mailed again for a reindex).
 */
export async function writeDocuments(
	executor: OparlExecutor,
	rows: readonly OparlDocument[]
): Promise<number> {
	let written = 0;
	for (let start = 0; start < rows.length; start += BATCH) {
		const batch = rows.slice(start, start + BATCH);
		const changed = await executor
			.insert(searchDocument)
			.values([...batch])
			.onConflictDoUpdate({
				target: [searchDocument.type, searchDocument.sourceId],
				set: excludedSet(SEARCH_ROW_COLUMNS),
				// Only when something a reader sees or filters by differs.
				setWhere: sql`(${sql.raw(
					COMPARED_COLUMNS.map((key) => `search_document.${columnName(key)}`).join(', ')
				)}) IS DISTINCT FROM (${sql.raw(
					COMPARED_COLUMNS.map((key) => `excluded.${columnName(key)}`).join(', ')
				)})`
			})
			.returning({ id: searchDocument.id });
		written += changed.length;
	}
	return written;
}

/** Removes the rows of these objects (of any council type); returns how many there were. */
export async function removeDocuments(
	executor: OparlExecutor,
	objectIds: readonly string[]
): Promise<number> {
	let removed = 0;
	for (let start = 0; start < objectIds.length; start += BATCH) {
		const deleted = await executor
			.delete(searchDocument)
			.where(
				and(
					inArray(searchDocument.type, [...OPARL_DOCUMENT_TYPES]),
					inArray(searchDocument.sourceId, objectIds.slice(start, start + BATCH))
				)
			)
			.returning({ id: searchDocument.id });
		removed += deleted.length;
	}
	return removed;
}

/** Removes the rows of one type for these objects (an object's type never changes, but be exact). */
export async function removeDocumentsOfType(
	executor: OparlExecutor,
	type: OparlDocumentType,
	objectIds: readonly string[]
): Promise<number> {
	if (objectIds.length === 0) return 0;
	const deleted = await executor
		.delete(searchDocument)
		.where(and(eq(searchDocument.type, type), inArray(searchDocument.sourceId, [...objectIds])))
		.returning({ id: searchDocument.id });
	return deleted.length;
}
