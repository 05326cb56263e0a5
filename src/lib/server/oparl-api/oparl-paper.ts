import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { MOTION_TYPE_LABELS } from '$lib/shared/motions';
import { db } from '../db';
import { topic } from '../directory/schema';
import { motion, motionAttachment, motionTopic } from '../motions/schema';
import { externalList, isoTimestamp, latestOf, listConditions } from './external-list';
import type { ListParams } from './list-params';
import { withTombstones } from './tombstones';
import { publicFilesOf, toOparlFile, type FileRow } from './oparl-file';
import { compact, oparlBase, webUrl, type OparlJson } from './oparl-object';
import { bodyListUrl, objectUrl } from './oparl-urls';
import { motionBodyId, publicMotionCondition } from './public-motions';

/** A paper embeds its files, so a new attachment counts as a change of the paper. */
const paperModified = latestOf(
	motion.modifiedAt,
	sql`coalesce((select max(${motionAttachment.createdAt}) from ${motionAttachment} where ${motionAttachment.motionId} = ${motion.id}), ${motion.modifiedAt})`
);

function selectPapers(where: SQL | undefined, limit: number) {
	return db
		.select({
			id: motion.id,
			bodyId: motionBodyId,
			type: motion.type,
			title: motion.title,
			filedOn: motion.filedOn,
			factionId: motion.factionId,
			created: isoTimestamp(motion.createdAt),
			modified: isoTimestamp(paperModified)
		})
		.from(motion)
		.where(and(publicMotionCondition, sql`${motionBodyId} is not null`, where))
		.orderBy(asc(motion.id))
		.limit(limit);
}
type PaperRow = Awaited<ReturnType<typeof selectPapers>>[number];

export async function listOparlPapers(bodyId: string, params: ListParams) {
	const { filters, cursor } = listConditions(params, {
		id: motion.id,
		created: motion.createdAt,
		modified: paperModified
	});
	const scope = sql`${motionBodyId} = ${bodyId}`;
	const [rows, [count]] = await Promise.all([
		selectPapers(and(scope, ...filters, cursor), params.limit + 1),
		db
			.select({ total: sql<number>`count(*)::int` })
			.from(motion)
			.where(and(publicMotionCondition, scope, ...filters))
	]);
	return externalList(
		bodyListUrl(bodyId, 'paper'),
		params,
		await withTombstones({
			kind: 'paper',
			bodyId,
			params,
			rows,
			total: count?.total ?? 0,
			serialize: serializePapers
		})
	);
}

export async function getOparlPaper(id: string): Promise<OparlJson | null> {
	const [row] = await selectPapers(eq(motion.id, id), 1);
	return row ? ((await serializePapers([row]))[0] ?? null) : null;
}

async function serializePapers(rows: PaperRow[]): Promise<OparlJson[]> {
	if (rows.length === 0) return [];
	const ids = rows.map((row) => row.id);
	const [files, topics] = await Promise.all([
		publicFilesOf(ids),
		db
			.select({ motionId: motionTopic.motionId, name: topic.name })
			.from(motionTopic)
			.innerJoin(topic, eq(topic.id, motionTopic.topicId))
			.where(and(inArray(motionTopic.motionId, ids), isNull(topic.archivedAt)))
			.orderBy(asc(topic.sortOrder), asc(topic.name))
	]);
	return rows.map((row) =>
		toOparlPaper(
			row,
			files.filter((file) => file.motionId === row.id),
			topics.filter((entry) => entry.motionId === row.id).map((entry) => entry.name)
		)
	);
}

function toOparlPaper(row: PaperRow, files: FileRow[], keywords: string[]): OparlJson {
	return compact({
		...oparlBase('paper', row),
		body: row.bodyId ? objectUrl('body', row.bodyId) : null,
		name: row.title,
		date: row.filedOn,
		paperType: MOTION_TYPE_LABELS[row.type],
		originatorOrganization: row.factionId ? [objectUrl('organization', row.factionId)] : null,
		auxiliaryFile: files.length > 0 ? files.map(toOparlFile) : null,
		keyword: keywords.length > 0 ? keywords : null,
		web: webUrl(`/antraege/${row.id}`)
	});
}
