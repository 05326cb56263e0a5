import { and, eq, inArray, isNotNull, or } from 'drizzle-orm';
import type { SessionUser } from '../auth/types';
import { effectiveRole } from '../auth/policy';
import { db } from '../db';
import { organization } from '../territory/schema';
import { membership, person } from './schema';
import { ANONYMOUS_VIEWER, currentMembershipCondition, type DirectoryViewer } from './visibility';

/**
 * The factions each person sits in today: factions they are a member of, and the factions they
 * hold a council or committee seat for.
 */
export async function currentFactionIds(
	personIds: readonly string[]
): Promise<Map<string, string[]>> {
	const result = new Map<string, string[]>(personIds.map((id) => [id, []]));
	if (personIds.length === 0) return result;
	const rows = await db
		.select({
			personId: membership.personId,
			organizationId: membership.organizationId,
			organizationType: organization.organizationType,
			onBehalfOfId: membership.onBehalfOfId
		})
		.from(membership)
		.innerJoin(organization, eq(organization.id, membership.organizationId))
		.where(
			and(
				inArray(membership.personId, [...personIds]),
				currentMembershipCondition(),
				or(eq(organization.organizationType, 'faction'), isNotNull(membership.onBehalfOfId))
			)
		);
	for (const row of rows) {
		const factionId = row.organizationType === 'faction' ? row.organizationId : row.onBehalfOfId;
		const list = result.get(row.personId)!;
		if (factionId && !list.includes(factionId)) list.push(factionId);
	}
	return result;
}

/** Who is looking: role, own person and (for faction admins) the factions they maintain. */
export async function loadDirectoryViewer(user: SessionUser | null): Promise<DirectoryViewer> {
	const role = effectiveRole(user);
	if (!user || role === 'anonymous') return ANONYMOUS_VIEWER;
	const [own] = await db
		.select({ id: person.id })
		.from(person)
		.where(eq(person.userId, user.id))
		.limit(1);
	const personId = own?.id ?? null;
	const managedFactionIds =
		role === 'faction_admin' && personId
			? new Set((await currentFactionIds([personId])).get(personId))
			: new Set<string>();
	return { role, userId: user.id, personId, managedFactionIds };
}
