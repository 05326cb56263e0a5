import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '../db';
import { storedFile } from '../files/schema';
import { searchIndex } from '../indexing/search-rows';
import { searchDocument } from '../search/schema';
import { body, organization, territorialUnit } from '../territory/schema';
import { motion, motionAttachment, motionAuthor, motionTopic } from './schema';
import { searchAccessOf } from './visibility';

/**
 * Keeps the motions' rows in the one search table (`search_document`) in step with the motions:
 * call `indexMotion` after every change to a motion, its authors, topics or attachments (and after
 * an attachment's text was extracted). Who may read the row is decided by `searchAccessOf`, the
 * same rules the pages use, so search never shows more than the motion page.
 */
export const MOTION_DOCUMENT_TYPE = 'motion';

const index = searchIndex({
	type: MOTION_DOCUMENT_TYPE,
	table: motion,
	id: motion.id,
	load: (ids) => db.select().from(motion).where(inArray(motion.id, ids)),
	toSearchRows
});

/** Writes (or removes, if the motion is gone) the search row of one motion. */
export async function indexMotion(motionId: string): Promise<void> {
	await index.indexMany([motionId]);
}

/** Same as `indexMotion` for many motions at once, in a handful of queries. */
export const indexMotions = index.indexMany;

/** Rebuilds the rows of every motion and drops rows of motions that no longer exist. */
export const reindexAllMotions = index.reindexAll;

async function toSearchRows(
	motions: (typeof motion.$inferSelect)[]
): Promise<(typeof searchDocument.$inferInsert)[]> {
	const present = motions.map((row) => row.id);
	const [authors, topics, attachmentTexts, places] = await Promise.all([
		groupBy(
			await db
				.select({ key: motionAuthor.motionId, value: motionAuthor.userId })
				.from(motionAuthor)
				.where(inArray(motionAuthor.motionId, present))
		),
		groupBy(
			await db
				.select({ key: motionTopic.motionId, value: motionTopic.topicId })
				.from(motionTopic)
				.where(inArray(motionTopic.motionId, present))
		),
		groupBy(
			await db
				.select({ key: motionAttachment.motionId, value: storedFile.text })
				.from(motionAttachment)
				.innerJoin(storedFile, eq(storedFile.sha256, motionAttachment.fileSha256))
				.where(and(inArray(motionAttachment.motionId, present), eq(storedFile.textStatus, 'done')))
				.orderBy(asc(motionAttachment.createdAt), asc(motionAttachment.id))
		),
		placesOf([
			...new Set(
				motions.flatMap((row) => [row.councilId, row.factionId]).filter((id) => id !== null)
			)
		])
	]);

	return motions.map((row): typeof searchDocument.$inferInsert => {
		const authorIds = authors.get(row.id) ?? [];
		const place = (row.councilId && places.get(row.councilId)) ||
			(row.factionId && places.get(row.factionId)) || {
				councilId: null,
				councilType: null,
				districtAgs: null
			};
		return {
			type: MOTION_DOCUMENT_TYPE,
			sourceId: row.id,
			title: row.title,
			body: [row.text, row.justification, row.answer ?? ''].filter((part) => part).join('\n\n'),
			attachmentText: (attachmentTexts.get(row.id) ?? [])
				.filter((text): text is string => !!text)
				.join('\n\n'),
			url: `/antraege/${row.id}`,
			date: row.filedOn ?? row.decidedOn ?? row.createdAt.toISOString().slice(0, 10),
			kind: row.type,
			status: row.status,
			topicIds: topics.get(row.id) ?? [],
			districtAgs: place.districtAgs,
			councilType: place.councilType,
			organizationId: row.councilId ?? place.councilId,
			...searchAccessOf({ visibility: row.visibility, factionId: row.factionId, authorIds }),
			modifiedAt: new Date()
		};
	});
}

function groupBy<V>(rows: { key: string; value: V }[]): Map<string, V[]> {
	const map = new Map<string, V[]>();
	for (const row of rows) {
		const list = map.get(row.key);
		if (list) list.push(row.value);
		else map.set(row.key, [row.value]);
	}
	return map;
}

interface Place {
	/** The council itself, or the council a faction belongs to. */
	councilId: string | null;
	councilType: string | null;
	/** AGS of the Landkreis or kreisfreie Stadt; null for the Land. */
	districtAgs: string | null;
}

const DISTRICT_KINDS = new Set(['landkreis', 'kreisfreie_stadt']);

/**
 * Where councils and factions sit: the council's classification and the district of its body's
 * territorial unit (the unit itself if it is a district, else the nearest district above it — a
 * Gemeinde's parent, or an Amt's). A faction reports its council's.
 */
async function placesOf(organizationIds: string[]): Promise<Map<string, Place>> {
	const places = new Map<string, Place>();
	if (organizationIds.length === 0) return places;
	const council = alias(organization, 'council');
	const unit = alias(territorialUnit, 'unit');
	const parent = alias(territorialUnit, 'parent_unit');
	const grandparent = alias(territorialUnit, 'grandparent_unit');
	const rows = await db
		.select({
			id: organization.id,
			organizationType: organization.organizationType,
			classification: organization.classification,
			councilId: council.id,
			councilClassification: council.classification,
			unitKind: unit.kind,
			unitAgs: unit.ags,
			parentKind: parent.kind,
			parentAgs: parent.ags,
			grandparentKind: grandparent.kind,
			grandparentAgs: grandparent.ags
		})
		.from(organization)
		.leftJoin(council, eq(council.id, organization.parentId))
		.leftJoin(body, eq(body.id, organization.bodyId))
		.leftJoin(unit, eq(unit.id, body.territorialUnitId))
		.leftJoin(parent, eq(parent.id, unit.parentId))
		.leftJoin(grandparent, eq(grandparent.id, parent.parentId))
		.where(inArray(organization.id, organizationIds));
	for (const row of rows) {
		const isCouncil = row.organizationType === 'council';
		const district = (
			[
				[row.unitKind, row.unitAgs],
				[row.parentKind, row.parentAgs],
				[row.grandparentKind, row.grandparentAgs]
			] as const
		).find(([kind]) => kind !== null && DISTRICT_KINDS.has(kind));
		places.set(row.id, {
			councilId: isCouncil ? row.id : row.councilId,
			councilType: isCouncil ? row.classification : row.councilClassification,
			districtAgs: district?.[1] ?? null
		});
	}
	return places;
}
