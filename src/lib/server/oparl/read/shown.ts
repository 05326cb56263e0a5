import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { db } from '../../db';
import { oparlBody, oparlObject } from '../schema';

/**
 * What the public council pages may show: objects that the source still has (no tombstone), that
 * were fetched (no placeholder) and that belong to a body the board follows. Everything else
 * answers 404 like an unknown id, so unfollowing a body takes its pages down at once.
 *
 * Used with `oparlObject` and `oparlBody` joined in (`innerJoin(oparlObject, …)` on the row's
 * object id and `innerJoin(oparlBody, eq(oparlBody.objectId, oparlObject.bodyId))`).
 */
export function shownCondition(): SQL {
	return and(
		eq(oparlObject.deleted, false),
		eq(oparlObject.placeholder, false),
		eq(oparlBody.followed, true)
	) as SQL;
}

/**
 * Which of these object ids may be linked to: a reference (a consultation's meeting, an agenda
 * item's paper) is shown as a link only when its target has a page of its own.
 */
export async function shownObjectIds(ids: readonly (string | null)[]): Promise<Set<string>> {
	const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
	if (wanted.length === 0) return new Set();
	const rows = await db
		.select({ id: oparlObject.id })
		.from(oparlObject)
		.innerJoin(oparlBody, eq(oparlBody.objectId, oparlObject.bodyId))
		.where(and(inArray(oparlObject.id, wanted), shownCondition()));
	return new Set(rows.map((row) => row.id));
}
