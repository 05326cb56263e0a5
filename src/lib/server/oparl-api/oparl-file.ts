import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { db } from '../db';
import { storedFile } from '../files/schema';
import { motion, motionAttachment } from '../motions/schema';
import { externalList, isoTimestamp, listConditions, pageOf } from './external-list';
import type { ListParams } from './list-params';
import { compact, oparlBase, webUrl, type OparlJson } from './oparl-object';
import { bodyListUrl, objectUrl } from './oparl-urls';
import { motionBodyId, publicMotionCondition } from './public-motions';

/** Attachments of public motions; the bytes are served by the motion's attachment route. */
function selectFiles(where: SQL | undefined, limit?: number) {
	const query = db
		.select({
			id: motionAttachment.id,
			motionId: motionAttachment.motionId,
			fileName: motionAttachment.fileName,
			mediaType: storedFile.mediaType,
			size: storedFile.size,
			text: sql<
				string | null
			>`case when ${storedFile.textStatus} = 'done' then ${storedFile.text} end`,
			date: sql<string>`to_char(${motionAttachment.createdAt} at time zone 'Europe/Berlin', 'YYYY-MM-DD')`,
			created: isoTimestamp(motionAttachment.createdAt),
			// The attachment row never changes; its extracted text arrives later.
			modified: isoTimestamp(
				sql`greatest(${motionAttachment.createdAt}, coalesce(${storedFile.extractedAt}, ${motionAttachment.createdAt}))`
			)
		})
		.from(motionAttachment)
		.innerJoin(motion, eq(motion.id, motionAttachment.motionId))
		.innerJoin(storedFile, eq(storedFile.sha256, motionAttachment.fileSha256))
		.where(and(publicMotionCondition, where))
		.orderBy(asc(motionAttachment.id));
	return limit === undefined ? query : query.limit(limit);
}
export type FileRow = Awaited<ReturnType<typeof selectFiles>>[number];

export function toOparlFile(row: FileRow): OparlJson {
	const download = webUrl(`/antraege/${row.motionId}/anhaenge/${row.id}`);
	return compact({
		...oparlBase('file', row),
		name: row.fileName,
		fileName: row.fileName,
		mimeType: row.mediaType,
		date: row.date,
		size: row.size,
		text: row.text,
		accessUrl: download,
		downloadUrl: download,
		paper: [objectUrl('paper', row.motionId)]
	});
}

export async function publicFilesOf(motionIds: string[]): Promise<FileRow[]> {
	if (motionIds.length === 0) return [];
	return selectFiles(inArray(motionAttachment.motionId, motionIds));
}

export async function listOparlFiles(bodyId: string, params: ListParams) {
	const modified = sql`greatest(${motionAttachment.createdAt}, coalesce(${storedFile.extractedAt}, ${motionAttachment.createdAt}))`;
	const { filters, cursor } = listConditions(params, {
		id: motionAttachment.id,
		created: motionAttachment.createdAt,
		modified
	});
	const scope = sql`${motionBodyId} = ${bodyId}`;
	const [rows, [count]] = await Promise.all([
		selectFiles(and(scope, ...filters, cursor), params.limit + 1),
		db
			.select({ total: sql<number>`count(*)::int` })
			.from(motionAttachment)
			.innerJoin(motion, eq(motion.id, motionAttachment.motionId))
			.innerJoin(storedFile, eq(storedFile.sha256, motionAttachment.fileSha256))
			.where(and(publicMotionCondition, scope, ...filters))
	]);
	const page = pageOf(rows, params.limit);
	return externalList(bodyListUrl(bodyId, 'file'), params, {
		data: page.rows.map(toOparlFile),
		total: count?.total ?? 0,
		nextAfter: page.nextAfter
	});
}

export async function getOparlFile(id: string): Promise<OparlJson | null> {
	const [row] = await selectFiles(eq(motionAttachment.id, id), 1);
	return row ? toOparlFile(row) : null;
}
