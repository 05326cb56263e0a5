import { eq } from 'drizzle-orm';
import type { MembershipRole } from '../../shared/directory';
import { db } from '../db';
import { DirectoryError } from './directory-error';
import type { OrganizationFacts } from './person-access';
import { membership, topic } from './schema';

/** The editable parts of a membership, as the forms send them. */
export interface MembershipFields {
	role: MembershipRole;
	onBehalfOfId: string | null;
	topicId: string | null;
	startDate: string | null;
	endDate: string | null;
}

/**
 * Makes the fields consistent with the organization: a seat in a faction is not held "for" a
 * faction, only spokespersons carry a topic, and the dates run forwards. The topic must exist;
 * an archived one only if the membership already had it.
 */
export async function normalizeMembership(
	org: OrganizationFacts,
	fields: MembershipFields,
	keepTopicId: string | null = null
): Promise<MembershipFields> {
	const normalized: MembershipFields = {
		...fields,
		onBehalfOfId: org.organizationType === 'faction' ? null : fields.onBehalfOfId,
		topicId: fields.role === 'spokesperson' ? fields.topicId : null
	};
	if (normalized.startDate && normalized.endDate && normalized.endDate < normalized.startDate) {
		throw new DirectoryError('end_before_start', 'endDate');
	}
	if (normalized.topicId && normalized.topicId !== keepTopicId) {
		const [row] = await db
			.select({ archivedAt: topic.archivedAt })
			.from(topic)
			.where(eq(topic.id, normalized.topicId))
			.limit(1);
		if (!row) throw new DirectoryError('topic_not_found', 'topicId');
		if (row.archivedAt) throw new DirectoryError('topic_archived', 'topicId');
	}
	return normalized;
}

export async function findMembership(id: string) {
	const [row] = await db.select().from(membership).where(eq(membership.id, id)).limit(1);
	if (!row) throw new DirectoryError('membership_not_found', 'membershipId');
	return row;
}
