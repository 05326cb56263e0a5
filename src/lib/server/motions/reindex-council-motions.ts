import { inArray, or } from 'drizzle-orm';
import { db } from '../db';
import { organization } from '../territory/schema';
import { indexMotions } from './index-motion';
import { motion } from './schema';

/** Motions per indexing call, as in `reindexAllMotions`. */
const BATCH = 200;

/**
 * Rebuilds the search rows of every motion filed in these councils or by one of their factions:
 * those rows carry the council's type (`councilType`), so a renamed or reclassified council must
 * not leave them behind.
 */
export async function reindexMotionsOfCouncils(
	councilIds: readonly string[]
): Promise<{ indexed: number }> {
	if (councilIds.length === 0) return { indexed: 0 };
	const ids = [...new Set(councilIds)];
	const factionIds = (
		await db
			.select({ id: organization.id })
			.from(organization)
			.where(inArray(organization.parentId, ids))
	).map((row) => row.id);
	const motionIds = (
		await db
			.select({ id: motion.id })
			.from(motion)
			.where(
				factionIds.length > 0
					? or(inArray(motion.councilId, ids), inArray(motion.factionId, factionIds))
					: inArray(motion.councilId, ids)
			)
	).map((row) => row.id);
	let indexed = 0;
	for (let start = 0; start < motionIds.length; start += BATCH) {
		indexed += (await indexMotions(motionIds.slice(start, start + BATCH))).indexed;
	}
	return { indexed };
}
