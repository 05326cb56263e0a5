import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { auditPersonChange } from './audit-person-change';
import { normalizeMembership, type MembershipFields } from './membership-rules';
import { assertManagesPerson, assertMembershipTarget } from './person-access';
import { personName } from './person-name';
import { membership } from './schema';

/** A new mandate or function for a person: a council seat, committee seat, faction role … */
export async function addMembership(options: {
	actor: SessionUser | null;
	personId: string;
	organizationId: string;
	fields: MembershipFields;
	ip?: string | null;
}): Promise<{ id: string }> {
	const { editor } = await assertManagesPerson(options.actor, options.personId, { mandates: true });
	const target = await assertMembershipTarget(editor, {
		organizationId: options.organizationId,
		onBehalfOfId: options.fields.onBehalfOfId
	});
	const fields = await normalizeMembership(target.organization, options.fields);
	const [row] = await db
		.insert(membership)
		.values({ personId: options.personId, organizationId: options.organizationId, ...fields })
		.returning({ id: membership.id });
	await auditPersonChange({
		editor,
		personId: options.personId,
		personName: await personName(options.personId),
		action: 'membership.create',
		details: {
			membershipId: row!.id,
			organization: target.organization.name,
			role: fields.role,
			...(target.faction ? { faction: target.faction.name } : {})
		},
		ip: options.ip
	});
	return { id: row!.id };
}
