import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { ADOPTED_STATUSES, type MotionStatus, type MotionType } from '$lib/shared/motions';
import { db } from '../db';
import { organization } from '../territory/schema';
import { motion } from './schema';
import { motionReadCondition, type MotionViewer } from './visibility';

/**
 * Where a motion came from and where it went: "Übernehmen" links a new motion to its source
 * (`reusedFromId`), so the reuse of a template forms a tree. The tree is walked whole (through
 * motions the viewer cannot read, too), but only readable motions are listed and counted.
 */
export interface LineageMotion {
	id: string;
	title: string;
	type: MotionType;
	status: MotionStatus;
	councilId: string | null;
	councilName: string | null;
	filedOn: string | null;
	decidedOn: string | null;
	reusedFromId: string | null;
	/** Its own source was deleted: the chain ends there, "aus einem gelöschten Antrag". */
	reusedFromDeleted: boolean;
	/** 1 for a direct reuse, 2 for a reuse of a reuse … */
	depth: number;
}

export interface ReuseFigures {
	/** Councils in which a reuse was filed (any state but draft). */
	councils: number;
	/** Councils in which a reuse was adopted (with or without changes). */
	adoptedCouncils: number;
	/** Readable reuses, drafts included. */
	reuses: number;
}

/** Cycles cannot arise through "Übernehmen"; the depth limit guards against hand-made data. */
const MAX_DEPTH = 20;

/** The chain of sources, nearest first, as far as the viewer reads it. */
export async function motionOrigins(
	viewer: MotionViewer,
	motionId: string
): Promise<LineageMotion[]> {
	const rows = rowsOf<{ id: string; depth: number }>(
		await db.execute(sql`
		WITH RECURSIVE origin(id, source_id, depth) AS (
			SELECT id, reused_from_id, 0 FROM motion WHERE id = ${motionId}
			UNION ALL
			SELECT m.id, m.reused_from_id, o.depth + 1
			FROM motion m JOIN origin o ON m.id = o.source_id
			WHERE o.depth < ${MAX_DEPTH}
		)
		SELECT id, depth FROM origin WHERE depth > 0`)
	);
	const chain = await lineageRows(viewer, rows);
	// Stops at the first source the viewer may not read: what lies beyond is not theirs to see.
	const visible: LineageMotion[] = [];
	for (const [index, entry] of chain.entries()) {
		if (entry.depth !== index + 1) break;
		visible.push(entry);
	}
	return visible;
}

/** Every motion started from this one, directly or through other reuses, the viewer reads. */
export async function motionReuses(
	viewer: MotionViewer,
	motionId: string
): Promise<{ reuses: LineageMotion[]; figures: ReuseFigures }> {
	const rows = rowsOf<{ id: string; depth: number }>(
		await db.execute(sql`
		WITH RECURSIVE reuse(id, depth) AS (
			SELECT id, 1 FROM motion WHERE reused_from_id = ${motionId}
			UNION ALL
			SELECT m.id, r.depth + 1
			FROM motion m JOIN reuse r ON m.reused_from_id = r.id
			WHERE r.depth < ${MAX_DEPTH}
		)
		SELECT id, min(depth)::int AS depth FROM reuse GROUP BY id`)
	);
	const reuses = treeOrder(motionId, await lineageRows(viewer, rows));
	return { reuses, figures: reuseFigures(reuses) };
}

/** Counted per council: two reuses in one Kreistag are one Kommune. */
export function reuseFigures(
	reuses: readonly Pick<LineageMotion, 'id' | 'status' | 'councilId'>[]
): ReuseFigures {
	const filed = new Set<string>();
	const adopted = new Set<string>();
	for (const reuse of reuses) {
		if (reuse.status === 'draft') continue;
		// A reuse without a council still counts once.
		const council = reuse.councilId ?? reuse.id;
		filed.add(council);
		if (ADOPTED_STATUSES.includes(reuse.status)) adopted.add(council);
	}
	return { councils: filed.size, adoptedCouncils: adopted.size, reuses: reuses.length };
}

/**
 * Each reuse right after the motion it was taken from, so a list indented by depth reads as the
 * tree. A reuse whose source the viewer cannot read follows the nearest readable one's level.
 */
function treeOrder(rootId: string, entries: LineageMotion[]): LineageMotion[] {
	const present = new Set(entries.map((entry) => entry.id));
	const children = new Map<string, LineageMotion[]>();
	for (const entry of entries) {
		const parent =
			entry.reusedFromId && present.has(entry.reusedFromId) ? entry.reusedFromId : rootId;
		children.set(parent, [...(children.get(parent) ?? []), entry]);
	}
	const ordered: LineageMotion[] = [];
	const visit = (id: string, depth: number) => {
		for (const child of children.get(id) ?? []) {
			ordered.push({ ...child, depth });
			visit(child.id, depth + 1);
		}
	};
	visit(rootId, 1);
	return ordered;
}

/** Rows of a raw query, whichever driver ran it (node-postgres or PGlite). */
function rowsOf<T>(result: unknown): T[] {
	return Array.isArray(result) ? (result as T[]) : ((result as { rows?: T[] }).rows ?? []);
}

async function lineageRows(
	viewer: MotionViewer,
	found: readonly { id: string; depth: number }[]
): Promise<LineageMotion[]> {
	if (found.length === 0) return [];
	const depthOf = new Map(found.map((row) => [row.id, Number(row.depth)]));
	const rows = await db
		.select({
			id: motion.id,
			title: motion.title,
			type: motion.type,
			status: motion.status,
			councilId: motion.councilId,
			councilName: organization.name,
			filedOn: motion.filedOn,
			decidedOn: motion.decidedOn,
			reusedFromId: motion.reusedFromId,
			reusedFromDeleted: motion.reusedFromDeleted
		})
		.from(motion)
		.leftJoin(organization, eq(organization.id, motion.councilId))
		.where(and(inArray(motion.id, [...depthOf.keys()]), motionReadCondition(viewer)))
		.orderBy(asc(motion.filedOn), asc(motion.createdAt));
	return rows
		.map((row) => ({ ...row, depth: depthOf.get(row.id)! }))
		.sort((a, b) => a.depth - b.depth);
}

/** "in 5 Kommunen eingebracht, 3 beschlossen" */
export function describeReuseFigures(figures: ReuseFigures): string | null {
	if (figures.councils === 0) return null;
	const councils = figures.councils === 1 ? '1 Kommune' : `${figures.councils} Kommunen`;
	return `in ${councils} eingebracht, ${figures.adoptedCouncils} beschlossen`;
}
