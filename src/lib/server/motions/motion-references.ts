import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { db } from '../db';
import { topic } from '../directory/schema';
import { isUuid } from '../directory/is-uuid';
import { organization } from '../territory/schema';
import { MotionError } from './motion-error';
import type { MotionViewer } from './visibility';

/**
 * Topics by id, slug or name (the forms send ids, API callers slugs or names). Archived topics stay
 * on motions that have them (`keep`) but are not newly given.
 */
export async function resolveTopicIds(
	refs: readonly string[],
	keep: ReadonlySet<string> = new Set()
): Promise<string[]> {
	if (refs.length === 0) return [];
	const ids = refs.filter(isUuid);
	const lowered = refs.map((ref) => ref.toLowerCase());
	const rows = await db
		.select({ id: topic.id, slug: topic.slug, name: topic.name, archivedAt: topic.archivedAt })
		.from(topic)
		.where(
			or(
				ids.length > 0 ? inArray(topic.id, ids) : sql`false`,
				inArray(topic.slug, lowered),
				inArray(sql`lower(${topic.name})`, lowered)
			)
		);
	const result: string[] = [];
	for (const ref of refs) {
		const lower = ref.toLowerCase();
		const row = rows.find(
			(candidate) =>
				candidate.id === ref || candidate.slug === lower || candidate.name.toLowerCase() === lower
		);
		if (!row) throw new MotionError('topic_not_found', 'topics');
		if (row.archivedAt && !keep.has(row.id)) throw new MotionError('topic_archived', 'topics');
		if (!result.includes(row.id)) result.push(row.id);
	}
	return result;
}

/**
 * Where a motion is filed: the council, and the faction that files it. A faction names its
 * council (a missing council is taken from it). Only the board files for a faction it does not
 * sit in; a faction that is already on the motion may stay (`keepFactionId`).
 */
export async function resolvePlace(
	viewer: MotionViewer,
	input: { councilId: string | null; factionId: string | null },
	keepFactionId: string | null = null
): Promise<{ councilId: string | null; factionId: string | null }> {
	let councilId = input.councilId;
	if (councilId) {
		const [council] = await db
			.select({ id: organization.id })
			.from(organization)
			.where(and(eq(organization.id, councilId), eq(organization.organizationType, 'council')));
		if (!council) throw new MotionError('council_not_found', 'councilId');
	}
	if (!input.factionId) return { councilId, factionId: null };

	const [faction] = await db
		.select({ id: organization.id, parentId: organization.parentId })
		.from(organization)
		.where(and(eq(organization.id, input.factionId), eq(organization.organizationType, 'faction')));
	if (!faction) throw new MotionError('faction_not_found', 'factionId');
	if (
		viewer.role !== 'board' &&
		!viewer.factionIds.has(faction.id) &&
		faction.id !== keepFactionId
	) {
		throw new MotionError('faction_not_yours', 'factionId');
	}
	if (councilId && faction.parentId && councilId !== faction.parentId) {
		throw new MotionError('faction_not_in_council', 'factionId');
	}
	councilId ??= faction.parentId;
	return { councilId, factionId: faction.id };
}
