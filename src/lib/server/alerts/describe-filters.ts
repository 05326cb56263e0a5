import { inArray, or, sql } from 'drizzle-orm';
import {
	MOTION_STATUS_LABELS,
	MOTION_TYPE_LABELS,
	type MotionStatus,
	type MotionType
} from '$lib/shared/motions';
import {
	SAVED_SEARCH_FILTER_KEYS,
	type SavedSearchFilterKey,
	type SavedSearchFilters
} from '$lib/shared/saved-searches';
import { SEARCH_FACET_LABELS } from '$lib/shared/search';
import { db } from '../db';
import { topic } from '../directory/schema';
import { oparlBody } from '../oparl/schema';
import { territorialUnit } from '../territory/schema';
import { isUuid } from '../directory/is-uuid';

export interface FilterDescription {
	label: string;
	values: string[];
}

/**
 * Saved filters in words ("Thema: Haushalt, ÖPNV"), for the management page and the mails:
 * topic slugs or ids and district AGS become names; unknown values stay as stored.
 */
export async function describeFilters(
	all: readonly SavedSearchFilters[]
): Promise<Map<SavedSearchFilters, FilterDescription[]>> {
	const topicKeys = [...new Set(all.flatMap((filters) => filters.topic ?? []))];
	const districtKeys = [...new Set(all.flatMap((filters) => filters.district ?? []))];
	const topics = new Map<string, string>();
	if (topicKeys.length > 0) {
		const rows = await db
			.select({ id: topic.id, slug: topic.slug, name: topic.name })
			.from(topic)
			.where(or(inArray(topic.slug, topicKeys), inArray(sql`${topic.id}::text`, topicKeys)));
		for (const row of rows) topics.set(row.slug, row.name).set(row.id, row.name);
	}
	const councilKeys = [...new Set(all.flatMap((filters) => filters.council ?? []))].filter((key) =>
		isUuid(key)
	);
	const councils = new Map<string, string>();
	if (councilKeys.length > 0) {
		const rows = await db
			.select({ id: oparlBody.objectId, name: oparlBody.name })
			.from(oparlBody)
			.where(inArray(oparlBody.objectId, councilKeys));
		for (const row of rows) councils.set(row.id, row.name);
	}
	const districts = new Map<string, string>();
	if (districtKeys.length > 0) {
		const rows = await db
			.select({ ags: territorialUnit.ags, name: territorialUnit.name })
			.from(territorialUnit)
			.where(inArray(territorialUnit.ags, districtKeys));
		for (const row of rows) if (row.ags) districts.set(row.ags, row.name);
	}
	const name = (key: SavedSearchFilterKey, value: string): string => {
		switch (key) {
			case 'kind':
				return MOTION_TYPE_LABELS[value as MotionType] ?? value;
			case 'status':
				return MOTION_STATUS_LABELS[value as MotionStatus] ?? value;
			case 'topic':
				return topics.get(value) ?? value;
			case 'district':
				return districts.get(value) ?? value;
			case 'council':
				return councils.get(value) ?? value;
			default:
				return value;
		}
	};
	return new Map(
		all.map((filters) => [
			filters,
			SAVED_SEARCH_FILTER_KEYS.filter((key) => (filters[key]?.length ?? 0) > 0).map((key) => ({
				label: SEARCH_FACET_LABELS[key],
				values: filters[key]!.map((value) => name(key, value))
			}))
		])
	);
}
