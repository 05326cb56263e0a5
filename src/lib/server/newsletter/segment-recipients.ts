import { and, asc, count, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { NewsletterSegment } from '$lib/shared/newsletter';
import { user } from '../auth/schema';
import { db } from '../db';
import { membership, person, personTopic } from '../directory/schema';
import { currentMembershipCondition } from '../directory/visibility';
import { body, organization, territorialUnit } from '../territory/schema';
import { newsletterOptOut } from './schema';

/**
 * The segment rule (explained to the board by SEGMENT_RULE_TEXT): active accounts with one of the
 * roles that have not opted out; districts and topics narrow that down through the directory
 * person linked to the account. A district matches any current membership in an organization
 * whose body lies in that Kreis or kreisfreie Stadt, its Ämter, Städte and Gemeinden included
 * (their AGS starts with the district's five digits).
 */
export function segmentCondition(segment: NewsletterSegment): SQL {
	const parts: (SQL | undefined)[] = [
		inArray(user.role, segment.roles.length > 0 ? segment.roles : ['__none__' as never]),
		isNull(user.deactivatedAt),
		sql`not exists (select 1 from ${newsletterOptOut} where ${newsletterOptOut.userId} = ${user.id})`
	];
	if (segment.districtAgs.length > 0) {
		const districts = sql.join(
			segment.districtAgs.map((ags) => sql`left(${territorialUnit.ags}, 5) = ${ags}`),
			sql` or `
		);
		parts.push(sql`exists (
			select 1 from ${person}
			join ${membership} on ${membership.personId} = ${person.id}
			join ${organization} on ${organization.id} = ${membership.organizationId}
			join ${body} on ${body.id} = ${organization.bodyId}
			join ${territorialUnit} on ${territorialUnit.id} = ${body.territorialUnitId}
			where ${person.userId} = ${user.id} and ${currentMembershipCondition()} and (${districts}))`);
	}
	if (segment.topicIds.length > 0) {
		const topics = sql.join(
			segment.topicIds.map((id) => sql`${id}::uuid`),
			sql`, `
		);
		// A topic in the profile, or speaking for it (a spokesperson membership names the topic).
		parts.push(sql`exists (
			select 1 from ${person}
			where ${person.userId} = ${user.id} and (
				exists (select 1 from ${personTopic} where ${personTopic.personId} = ${person.id} and ${personTopic.topicId} in (${topics}))
				or exists (select 1 from ${membership} where ${membership.personId} = ${person.id} and ${membership.topicId} in (${topics}) and ${currentMembershipCondition()})
			))`);
	}
	return and(...parts)!;
}

export interface SegmentRecipient {
	userId: string;
	name: string;
	email: string;
}

/** Everyone the segment reaches right now, by name. */
export async function segmentRecipients(segment: NewsletterSegment): Promise<SegmentRecipient[]> {
	return db
		.select({ userId: user.id, name: user.name, email: user.email })
		.from(user)
		.where(segmentCondition(segment))
		.orderBy(asc(user.name), asc(user.id));
}

export async function countSegment(segment: NewsletterSegment): Promise<number> {
	const [row] = await db.select({ n: count() }).from(user).where(segmentCondition(segment));
	return row?.n ?? 0;
}
