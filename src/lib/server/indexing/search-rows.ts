import { and, asc, eq, inArray, notExists, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { requestImmediateAlerts } from '../alerts/request-immediate-alerts';
import { db } from '../db';
import { excludedSet } from '../db/upsert';
import { SEARCH_ROW_COLUMNS } from '../search/document-columns';
import { searchDocument } from '../search/schema';

/**
 * The steps every network capability (motions, events) takes to keep its rows in the one search
 * table (`search_document`) in step with its own table: one row per source row, keyed by
 * (type, source id); rows of sources that are gone removed; a full rebuild in batches.
 * The capability only says how one of its rows becomes a search row.
 */
type SearchRow = typeof searchDocument.$inferInsert;

/** Rows per statement: keeps a rebuild of a whole table within parameter limits. */
const BATCH = 200;

interface SearchSource<Row extends { id: string }> {
	type: string;
	/** The capability's table and its id column, for finding rows whose source is gone. */
	table: PgTable;
	id: PgColumn;
	/** The source rows of these ids that exist (ids that are gone are simply missing). */
	load(ids: string[]): Promise<Row[]>;
	/** Their search rows (`type` and `sourceId` included), in as few queries as possible. */
	toSearchRows(rows: Row[]): Promise<SearchRow[]> | SearchRow[];
}

export function searchIndex<Row extends { id: string }>(source: SearchSource<Row>) {
	/** Writes the rows of these sources, removes the rows of those that are gone. */
	async function indexMany(sourceIds: readonly string[]): Promise<{ indexed: number }> {
		if (sourceIds.length === 0) return { indexed: 0 };
		const ids = [...new Set(sourceIds)];
		const rows = await source.load(ids);
		const found = new Set(rows.map((row) => row.id));
		const gone = ids.filter((id) => !found.has(id));
		if (gone.length > 0)
			await db
				.delete(searchDocument)
				.where(and(eq(searchDocument.type, source.type), inArray(searchDocument.sourceId, gone)));
		if (rows.length === 0) return { indexed: 0 };
		const documents = await source.toSearchRows(rows);
		await db
			.insert(searchDocument)
			.values(documents)
			.onConflictDoUpdate({
				target: [searchDocument.type, searchDocument.sourceId],
				set: excludedSet(SEARCH_ROW_COLUMNS)
			});
		// Saved searches that mail at once look at what was just indexed.
		await requestImmediateAlerts();
		return { indexed: documents.length };
	}

	/** Rebuilds the rows of every source and drops rows of sources that no longer exist. */
	async function reindexAll(): Promise<{ indexed: number; removed: number }> {
		const ids = (await db.select({ id: source.id }).from(source.table).orderBy(asc(source.id))).map(
			(row) => row.id as string
		);
		let indexed = 0;
		for (let start = 0; start < ids.length; start += BATCH)
			indexed += (await indexMany(ids.slice(start, start + BATCH))).indexed;
		const removed = await db
			.delete(searchDocument)
			.where(
				and(
					eq(searchDocument.type, source.type),
					notExists(
						db
							.select({ one: sql`1` })
							.from(source.table)
							.where(eq(source.id, searchDocument.sourceId))
					)
				)
			)
			.returning({ id: searchDocument.id });
		return { indexed, removed: removed.length };
	}

	return { indexMany, reindexAll };
}
