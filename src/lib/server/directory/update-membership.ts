import { eq, sql } from 'drizzle-orm';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { auditPersonChange } from './audit-person-change';
import { findMembership, normalizeMembership, type MembershipFields } from './membership-rules';
import { assertManagesPerson, assertMembershipTarget } from './person-access';
import { personName } from './person-name';
import { membership } from './schema';

const FIELDS = ['role', 'onBehalfOfId', 'topicId', 'startDate', 'endDate'] as const;

/**
 * Corrects a membership: function, faction, topic, dates. The organization stays (a seat in
 * another council is another membership). Faction admins may touch only memberships inside their
 * scope, before and after the change.
 */
export async function updateMembership(options: {
	actor: SessionUser | null;
	membershipId: string;
	fields: MembershipFields;
	ip?: string | null;
}): Promise<{ changed: string[] }> {
	const before = await findMembership(options.membershipId);
	const { editor } = await assertManagesPerson(options.actor, before.personId, { mandates: true });
	await assertMembershipTarget(editor, before);
	const target = await assertMembershipTarget(editor, {
		organizationId: before.organizationId,
		onBehalfOfId: options.fields.onBehalfOfId
	});
	const fields = await normalizeMembership(target.organization, options.fields, before.topicId);
	const changed = FIELDS.filter((field) => fields[field] !== before[field]);
	if (changed.length === 0) return { changed };
	await db
		.update(membership)
		.set({ ...fields, modifiedAt: sql`now()` })
		.where(eq(membership.id, before.id));
	await auditPersonChange({
		editor,
		personId: before.personId,
		personName: await personName(before.personId),
		action: 'membership.update',
		details: { membershipId: before.id, organization: target.organization.name, fields: changed },
		ip: options.ip
	});
	return { changed };
}
