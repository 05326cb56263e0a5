import { eq, sql } from 'drizzle-orm';
import { berlinToday } from '../../shared/berlin-time';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { auditPersonChange } from './audit-person-change';
import { DirectoryError } from './directory-error';
import { findMembership } from './membership-rules';
import { assertManagesPerson, assertMembershipTarget } from './person-access';
import { personName } from './person-name';
import { membership } from './schema';

/**
 * Ends a mandate or function on a day (the last day it lasts). Ended memberships stay: they are
 * the record of past terms, shown as former mandates.
 */
export async function endMembership(options: {
	actor: SessionUser | null;
	membershipId: string;
	endDate: string;
	ip?: string | null;
}): Promise<void> {
	const before = await findMembership(options.membershipId);
	const { editor } = await assertManagesPerson(options.actor, before.personId, { mandates: true });
	const { organization } = await assertMembershipTarget(editor, before);
	// A planned end in the future may still be brought forward.
	if (before.endDate !== null && before.endDate < berlinToday()) {
		throw new DirectoryError('membership_already_ended');
	}
	if (before.startDate && options.endDate < before.startDate) {
		throw new DirectoryError('end_before_start', 'endDate');
	}
	await db
		.update(membership)
		.set({ endDate: options.endDate, modifiedAt: sql`now()` })
		.where(eq(membership.id, before.id));
	await auditPersonChange({
		editor,
		personId: before.personId,
		personName: await personName(before.personId),
		action: 'membership.end',
		details: { membershipId: before.id, organization: organization.name, endDate: options.endDate },
		ip: options.ip
	});
}
