import { and, asc, count, desc, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
	MOTION_STATUSES,
	MOTION_TYPES,
	type MotionStatus,
	type MotionType,
	type MotionVisibility
} from '$lib/shared/motions';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { topic } from '../directory/schema';
import { searchDocument } from '../search/schema';
import { organization, territorialUnit } from '../territory/schema';
import { MOTION_DOCUMENT_TYPE } from './index-motion';
import { motion, motionTopic } from './schema';
import { loadMotionViewer, motionReadCondition } from './visibility';

export const MOTION_PAGE_SIZE = 20;

export interface MotionFilters {
	type?: MotionType;
	/** Topic slug. */
	topic?: string;
	/** AGS of a Landkreis or kreisfreie Stadt. */
	district?: string;
	status?: MotionStatus;
}

export interface MotionListItem {
	id: string;
	type: MotionType;
	title: string;
	status: MotionStatus;
	visibility: MotionVisibility;
	councilName: string | null;
	factionName: string | null;
	filedOn: string | null;
	decidedOn: string | null;
	topics: string[];
	/** Readable motions started from this one (directly). */
	reuseCount: number;
}

export interface MotionList {
	total: number;
	page: number;
	pageSize: number;
	pageCount: number;
	items: MotionListItem[];
}

/** Drops filter values nobody could have chosen, so a hand-edited address shows all, not an error. */
export function motionFiltersFrom(params: URLSearchParams): MotionFilters {
	const type = params.get('art') ?? '';
	const status = params.get('stand') ?? '';
	const topicSlug = params.get('thema') ?? '';
	const district = params.get('kreis') ?? '';
	return {
		type: (MOTION_TYPES as readonly string[]).includes(type) ? (type as MotionType) : undefined,
		status: (MOTION_STATUSES as readonly string[]).includes(status)
			? (status as MotionStatus)
			: undefined,
		topic: /^[a-z0-9-]{1,80}$/.test(topicSlug) ? topicSlug : undefined,
		district: /^\d{5}$/.test(district) ? district : undefined
	};
}

/**
 * The motion library: what the actor reads (public motions for everyone, more for the network),
 * newest first, filtered by type, topic, district and state.
 */
export async function listMotions(options: {
	actor: SessionUser | null;
	filters?: MotionFilters;
	page?: number;
	pageSize?: number;
}): Promise<MotionList> {
	assertCan(options.actor, 'public.read');
	const viewer = await loadMotionViewer(options.actor);
	const filters = options.filters ?? {};
	const pageSize = Math.min(Math.max(options.pageSize ?? MOTION_PAGE_SIZE, 1), 100);
	const conditions: SQL[] = [motionReadCondition(viewer)];
	if (filters.type) conditions.push(eq(motion.type, filters.type));
	if (filters.status) conditions.push(eq(motion.status, filters.status));
	if (filters.topic) {
		conditions.push(
			exists(
				db
					.select({ one: sql`1` })
					.from(motionTopic)
					.innerJoin(topic, eq(topic.id, motionTopic.topicId))
					.where(and(eq(motionTopic.motionId, motion.id), eq(topic.slug, filters.topic)))
			)
		);
	}
	if (filters.district) {
		// The district is worked out once, when the motion is indexed (council → body → Kreis).
		conditions.push(
			exists(
				db
					.select({ one: sql`1` })
					.from(searchDocument)
					.where(
						and(
							eq(searchDocument.type, MOTION_DOCUMENT_TYPE),
							eq(searchDocument.sourceId, motion.id),
							eq(searchDocument.districtAgs, filters.district)
						)
					)
			)
		);
	}
	const where = and(...conditions);
	const [counted] = await db.select({ total: count() }).from(motion).where(where);
	const total = counted?.total ?? 0;
	const pageCount = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(Math.max(Math.trunc(options.page ?? 1), 1), pageCount);

	const council = alias(organization, 'council');
	const faction = alias(organization, 'faction');
	const rows = await db
		.select({
			id: motion.id,
			type: motion.type,
			title: motion.title,
			status: motion.status,
			visibility: motion.visibility,
			councilName: council.name,
			factionName: faction.name,
			filedOn: motion.filedOn,
			decidedOn: motion.decidedOn
		})
		.from(motion)
		.leftJoin(council, eq(council.id, motion.councilId))
		.leftJoin(faction, eq(faction.id, motion.factionId))
		.where(where)
		.orderBy(
			desc(sql`coalesce(${motion.filedOn}, ${motion.createdAt}::date)`),
			desc(motion.createdAt),
			asc(motion.id)
		)
		.limit(pageSize)
		.offset((page - 1) * pageSize);

	const ids = rows.map((row) => row.id);
	const [topics, reuses] = await Promise.all([topicNames(ids), reuseCounts(viewer, ids)]);
	return {
		total,
		page,
		pageSize,
		pageCount,
		items: rows.map((row) => ({
			...row,
			topics: topics.get(row.id) ?? [],
			reuseCount: reuses.get(row.id) ?? 0
		}))
	};
}

async function topicNames(ids: string[]): Promise<Map<string, string[]>> {
	const map = new Map<string, string[]>();
	if (ids.length === 0) return map;
	const rows = await db
		.select({ motionId: motionTopic.motionId, name: topic.name })
		.from(motionTopic)
		.innerJoin(topic, eq(topic.id, motionTopic.topicId))
		.where(inArray(motionTopic.motionId, ids))
		.orderBy(asc(topic.sortOrder), asc(topic.name));
	for (const row of rows) map.set(row.motionId, [...(map.get(row.motionId) ?? []), row.name]);
	return map;
}

async function reuseCounts(
	viewer: Awaited<ReturnType<typeof loadMotionViewer>>,
	ids: string[]
): Promise<Map<string, number>> {
	if (ids.length === 0) return new Map();
	const rows = await db
		.select({ sourceId: motion.reusedFromId, reuses: count() })
		.from(motion)
		.where(and(inArray(motion.reusedFromId, ids), motionReadCondition(viewer)))
		.groupBy(motion.reusedFromId);
	return new Map(rows.map((row) => [row.sourceId!, row.reuses]));
}

/** The choices of the library's filters: topics in use and the districts of the Land. */
export async function motionFilterOptions(): Promise<{
	topics: { slug: string; name: string }[];
	districts: { ags: string; name: string }[];
}> {
	const [topics, districts] = await Promise.all([
		db
			.select({ slug: topic.slug, name: topic.name })
			.from(topic)
			.orderBy(asc(topic.sortOrder), asc(topic.name)),
		db
			.select({ ags: territorialUnit.ags, name: territorialUnit.name })
			.from(territorialUnit)
			.where(inArray(territorialUnit.kind, ['landkreis', 'kreisfreie_stadt']))
			.orderBy(asc(territorialUnit.name))
	]);
	return {
		topics,
		districts: districts.filter((row): row is { ags: string; name: string } => row.ags !== null)
	};
}
