import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { OparlObjectType } from '$lib/shared/oparl';
import { oparlObject } from '../schema';
import { chunks, IDS_PER_STATEMENT } from './batch';
import { OWNED_EMBEDDED_TYPES } from './embedded-fields';
import { deleteProjections } from './projection-tables';
import type { OparlExecutor } from './types';

/** What deleting changed, for the search index and the run's counters. */
export interface DeletionTally {
	changedObjectIds: string[];
	deleted: number;
}

/**
 * Marks objects and everything embedded in them deleted and removes their projections (the
 * agenda items of a deleted meeting must not stay on the pages): one statement per table and
 * level of embedding, however many objects.
 */
export async function markDeleted(
	executor: OparlExecutor,
	objects: readonly { id: string; type: OparlObjectType }[],
	tally: DeletionTally
): Promise<void> {
	let level = [...objects];
	while (level.length > 0) {
		await deleteProjections(executor, level);
		for (const object of level) tally.changedObjectIds.push(object.id);
		tally.deleted += level.length;
		const next: { id: string; type: OparlObjectType }[] = [];
		for (const part of chunks(level, IDS_PER_STATEMENT)) {
			next.push(
				...(await executor
					.update(oparlObject)
					.set({ deleted: true })
					.where(
						and(
							inArray(
								oparlObject.parentId,
								part.map((object) => object.id)
							),
							eq(oparlObject.deleted, false)
						)
					)
					.returning({ id: oparlObject.id, type: oparlObject.type }))
			);
		}
		level = next;
	}
}

/**
 * Owned embedded objects (agenda items, consultations …) their rewritten parents no longer
 * list: `kept` holds the ids each parent still embeds. Children are matched by `parentId`, so
 * the kept ids of all parents may be pooled.
 */
export async function dropVanishedChildren(
	executor: OparlExecutor,
	parents: readonly { id: string; kept: readonly string[] }[],
	tally: DeletionTally
): Promise<void> {
	// Parents per statement such that their kept ids stay within the parameter limit.
	const groups: { ids: string[]; kept: string[] }[] = [];
	for (const parent of parents) {
		const last = groups.at(-1);
		if (last && last.ids.length + last.kept.length + parent.kept.length + 1 <= IDS_PER_STATEMENT) {
			last.ids.push(parent.id);
			last.kept.push(...parent.kept);
		} else groups.push({ ids: [parent.id], kept: [...parent.kept] });
	}
	for (const group of groups) {
		const conditions = [
			inArray(oparlObject.parentId, group.ids),
			eq(oparlObject.deleted, false),
			eq(oparlObject.placeholder, false),
			inArray(oparlObject.type, [...OWNED_EMBEDDED_TYPES])
		];
		if (group.kept.length > 0) conditions.push(notInArray(oparlObject.id, group.kept));
		const vanished = await executor
			.update(oparlObject)
			.set({ deleted: true })
			.where(and(...conditions))
			.returning({ id: oparlObject.id, type: oparlObject.type });
		if (vanished.length > 0) await markDeleted(executor, vanished, tally);
	}
}
