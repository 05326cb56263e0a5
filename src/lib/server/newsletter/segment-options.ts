import { asc, inArray, isNull } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { topic } from '../directory/schema';
import { territorialUnit } from '../territory/schema';

export interface SegmentOptions {
	districts: { ags: string; name: string }[];
	topics: { id: string; name: string }[];
}

/** What the segment form offers: Kreise and kreisfreie Städte, and the topics in the board's order. */
export async function newsletterSegmentOptions(options: {
	actor: SessionUser | null;
}): Promise<SegmentOptions> {
	assertCan(options.actor, 'newsletter.send');
	const districts = await db
		.select({ ags: territorialUnit.ags, name: territorialUnit.name })
		.from(territorialUnit)
		.where(inArray(territorialUnit.kind, ['landkreis', 'kreisfreie_stadt']))
		.orderBy(asc(territorialUnit.name));
	const topics = await db
		.select({ id: topic.id, name: topic.name })
		.from(topic)
		.where(isNull(topic.archivedAt))
		.orderBy(asc(topic.sortOrder), asc(topic.name));
	return {
		districts: districts.flatMap((row) => (row.ags ? [{ ags: row.ags, name: row.name }] : [])),
		topics
	};
}
