import { and, eq, inArray } from 'drizzle-orm';
import type { OparlObjectType } from '$lib/shared/oparl';
import { oparlObject } from '../schema';
import { chunks, IDS_PER_STATEMENT, ROWS_PER_STATEMENT } from './batch';
import type { OparlExecutor, OparlStoreContext } from './types';

export interface Reference {
	url: string;
	/** What the field the reference sits in says it points at (for a placeholder's type). */
	type: OparlObjectType;
}

/**
 * `oparl_object` ids of referenced URLs. Unknown ones become placeholders (no raw JSON) that
 * the end of a run or a later run fetches, so a reference never waits for the object's list.
 */
export async function resolveReferences(
	executor: OparlExecutor,
	context: OparlStoreContext,
	references: readonly Reference[]
): Promise<Map<string, string>> {
	const wanted = new Map<string, Reference>();
	for (const reference of references) wanted.set(reference.url, reference);
	const ids = new Map<string, string>();
	if (wanted.size === 0) return ids;
	for (const url of wanted.keys()) {
		const known = context.known?.get(url);
		if (known) ids.set(url, known.id);
	}
	const urls = [...wanted.keys()].filter((url) => !ids.has(url));
	if (urls.length === 0) return ids;
	for (const row of await idsOf(executor, context.sourceId, urls)) ids.set(row.oparlId, row.id);
	const missing = urls.filter((url) => !ids.has(url));
	if (missing.length === 0) return ids;
	const created: { id: string; oparlId: string }[] = [];
	for (const part of chunks(missing, ROWS_PER_STATEMENT)) {
		created.push(
			...(await executor
				.insert(oparlObject)
				.values(
					part.map((url) => ({
						sourceId: context.sourceId,
						oparlId: url,
						type: wanted.get(url)!.type,
						bodyId: context.bodyId,
						placeholder: true
					}))
				)
				.onConflictDoNothing()
				.returning({ id: oparlObject.id, oparlId: oparlObject.oparlId }))
		);
	}
	for (const row of created) {
		ids.set(row.oparlId, row.id);
		context.known?.set(row.oparlId, {
			id: row.id,
			type: wanted.get(row.oparlId)!.type,
			contentHash: null,
			deleted: false,
			placeholder: true
		});
	}
	// Another transaction may have inserted the same URL in the meantime.
	const raced = missing.filter((url) => !ids.has(url));
	for (const row of await idsOf(executor, context.sourceId, raced)) ids.set(row.oparlId, row.id);
	return ids;
}

async function idsOf(executor: OparlExecutor, sourceId: string, urls: readonly string[]) {
	const rows: { id: string; oparlId: string }[] = [];
	for (const part of chunks(urls, IDS_PER_STATEMENT)) {
		rows.push(
			...(await executor
				.select({ id: oparlObject.id, oparlId: oparlObject.oparlId })
				.from(oparlObject)
				.where(and(eq(oparlObject.sourceId, sourceId), inArray(oparlObject.oparlId, part))))
		);
	}
	return rows;
}
