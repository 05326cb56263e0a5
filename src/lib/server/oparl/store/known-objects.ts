import { and, eq, inArray } from 'drizzle-orm';
import { oparlTypeFromUri, type OparlObjectType } from '$lib/shared/oparl';
import { oparlObject } from '../schema';
import { embeddedObjects } from './embedded-fields';
import type { OparlExecutor } from './types';

/** What storing needs to know of an object that may exist already. */
export interface KnownObject {
	id: string;
	type: OparlObjectType;
	contentHash: string | null;
	deleted: boolean;
	placeholder: boolean;
}

/**
 * The stored state of every object in a batch (list items and what they embed), read in one
 * query instead of one per object. `null` marks an id known not to exist yet. Storing keeps
 * the map current, so an object embedded twice in a page (a meeting room) is written once.
 */
export type KnownObjects = Map<string, KnownObject | null>;

export async function loadKnownObjects(
	executor: OparlExecutor,
	sourceId: string,
	raws: readonly unknown[],
	/** Adds to this map; ids already in it are not looked up again. */
	known: KnownObjects = new Map()
): Promise<KnownObjects> {
	const ids = new Set<string>();
	const collect = (raw: unknown, type: OparlObjectType | null) => {
		if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return;
		const object = raw as Record<string, unknown>;
		if (typeof object.id === 'string') ids.add(object.id.trim());
		const own = oparlTypeFromUri(object.type) ?? type;
		if (!own) return;
		for (const embedded of embeddedObjects(own, object)) collect(embedded.raw, embedded.type);
	};
	for (const raw of raws) collect(raw, null);
	const list = [...ids].filter((id) => !known.has(id));
	for (const id of list) known.set(id, null);
	for (let start = 0; start < list.length; start += 1000) {
		const rows = await executor
			.select({
				oparlId: oparlObject.oparlId,
				id: oparlObject.id,
				type: oparlObject.type,
				contentHash: oparlObject.contentHash,
				deleted: oparlObject.deleted,
				placeholder: oparlObject.placeholder
			})
			.from(oparlObject)
			.where(
				and(
					eq(oparlObject.sourceId, sourceId),
					inArray(oparlObject.oparlId, list.slice(start, start + 1000))
				)
			);
		for (const { oparlId, ...row } of rows) known.set(oparlId, row);
	}
	return known;
}
