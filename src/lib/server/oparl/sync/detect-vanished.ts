import { and, count, eq, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { OparlObjectType } from '$lib/shared/oparl';
import { db } from '../../db';
import { oparlObject, oparlSyncRun, type ListCursor } from '../schema';
import { chunks, IDS_PER_STATEMENT } from '../store/batch';
import { markDeleted, type DeletionTally } from '../store/mark-deleted';
import type { OparlExecutor } from '../store/types';
import type { SyncSession } from './sync-session';
import type { ListSpec } from './walk-list';

/**
 * A list that loses more than this share of its stored objects at once (and more than
 * VANISH_MIN_COUNT of them) is not trusted: a server that answers a short or empty list by
 * mistake must not wipe a council. Small councils may lose a handful of objects legitimately.
 */
export const VANISH_MAX_SHARE = 0.5;
export const VANISH_MIN_COUNT = 20;

interface Vanished {
	id: string;
	type: OparlObjectType;
}

/**
 * OParl 1.0 servers often delete without a tombstone: the object just stops being listed. After
 * a list was walked to its end without an honoured `modified_since` (every object the server
 * has was on its pages, so each one's `lastSeenRunId` is this run), the stored objects of that
 * list — its body, its type, listed on their own (embedded objects follow their parent, whose
 * tombstone or rewrite handles them), not placeholders — that this run did not see are gone, and
 * are marked deleted the way a tombstone is: projections removed, embedded objects with them,
 * search rows dropped, file rows left to the files' deletion path.
 *
 * Lists that failed or stopped early are skipped, and so is a list whose server claimed more
 * entries than it delivered. Returns how many objects were marked deleted.
 */
export async function detectVanishedObjects(
	session: SyncSession,
	lists: readonly ListSpec[],
	completed: readonly boolean[]
): Promise<number> {
	let total = 0;
	for (const [index, list] of lists.entries()) {
		if (!completed[index] || !list.bodyId) continue;
		if (!walkedInFull(session.cursor[list.key])) continue;
		session.signal?.throwIfAborted();
		total += await detectInList(session, { ...list, bodyId: list.bodyId });
	}
	return total;
}

/** Read to its end, every page, with nothing the server left out on purpose or by mistake. */
function walkedInFull(cursor: ListCursor | undefined): boolean {
	if (!cursor?.done || cursor.error) return false;
	if (cursor.modifiedSince === 'honoured') return false;
	const claimed = cursor.claimedTotal;
	return typeof claimed !== 'number' || claimed <= cursor.seen;
}

async function detectInList(
	session: SyncSession,
	list: ListSpec & { bodyId: string }
): Promise<number> {
	const ofList = and(
		eq(oparlObject.sourceId, session.source.id),
		eq(oparlObject.bodyId, list.bodyId),
		eq(oparlObject.type, list.type),
		eq(oparlObject.deleted, false),
		eq(oparlObject.placeholder, false),
		isNull(oparlObject.parentId)
	);
	// Seen on a list page before, but not in this run. An object never seen on one (a filled
	// placeholder, e.g. a person of another body) was never on this list and cannot vanish from it.
	const notSeen = and(
		isNotNull(oparlObject.lastSeenRunId),
		ne(oparlObject.lastSeenRunId, session.run.id)
	);
	const vanished: Vanished[] = await db
		.select({ id: oparlObject.id, type: oparlObject.type })
		.from(oparlObject)
		.where(and(ofList, notSeen));
	if (vanished.length === 0) return 0;
	const [stored] = await db.select({ total: count() }).from(oparlObject).where(ofList);
	const storedCount = stored?.total ?? vanished.length;
	if (vanished.length > VANISH_MIN_COUNT && vanished.length > storedCount * VANISH_MAX_SHARE) {
		await session.recordProblems([
			{
				kind: 'mass_vanish',
				url: list.url,
				message: `${list.label}: ${vanished.length} von ${storedCount} gespeicherten Objekten fehlen in der vollständig gelesenen Liste; zur Sicherheit wurde nichts gelöscht`,
				details: { vanished: vanished.length, stored: storedCount }
			}
		]);
		return 0;
	}
	await db.transaction(async (tx) => {
		const changed = await markVanished(tx, vanished);
		// The search index and whatever else follows a page's changes, as after a tombstone.
		await session.hooks.afterPage(tx, { changedObjectIds: changed, fileObjectIds: [] });
		await tx
			.update(oparlSyncRun)
			.set({
				objectsVanished: sql`${oparlSyncRun.objectsVanished} + ${vanished.length}`,
				heartbeatAt: new Date()
			})
			.where(eq(oparlSyncRun.id, session.run.id));
	});
	return vanished.length;
}

/**
 * Marks the objects deleted, then everything embedded in them the way a tombstone does (a
 * meeting's agenda items and files), removing their projections. Returns the ids of every
 * object marked.
 */
async function markVanished(executor: OparlExecutor, objects: Vanished[]): Promise<string[]> {
	for (const part of chunks(objects, IDS_PER_STATEMENT)) {
		await executor
			.update(oparlObject)
			.set({ deleted: true })
			.where(
				inArray(
					oparlObject.id,
					part.map((object) => object.id)
				)
			);
	}
	const tally: DeletionTally = { changedObjectIds: [], deleted: 0 };
	await markDeleted(executor, objects, tally);
	return tally.changedObjectIds;
}
