import { and, inArray, or } from 'drizzle-orm';
import type { MembershipRole } from '$lib/shared/directory';
import { db } from '../db';
import { loadPersonViews } from './load-person-views';
import type { MemberEntry } from '$lib/shared/directory-views';
import { membership } from './schema';
import { currentMembershipCondition, type DirectoryViewer } from './visibility';

export type { MemberEntry } from '$lib/shared/directory-views';

const ROLE_ORDER: MembershipRole[] = [
	'chair',
	'vice_chair',
	'faction_chair',
	'member',
	'deputy_member',
	'spokesperson',
	'expert_citizen'
];

/**
 * The current members of organizations, with the seats held for them (a faction's council
 * seats), as the viewer may see them: people and memberships the viewer may not know of are
 * missing, because they come from the person projection.
 */
export async function visibleMembers(
	viewer: DirectoryViewer,
	organizationIds: readonly string[]
): Promise<MemberEntry[]> {
	if (organizationIds.length === 0) return [];
	const ids = [...organizationIds];
	const rows = await db
		.selectDistinct({ personId: membership.personId })
		.from(membership)
		.where(
			and(
				currentMembershipCondition(),
				or(inArray(membership.organizationId, ids), inArray(membership.onBehalfOfId, ids))
			)
		);
	const views = await loadPersonViews(
		viewer,
		rows.map((row) => row.personId)
	);
	const wanted = new Set(ids);
	const entries = views.flatMap((view) =>
		view.mandates
			.filter(
				(mandate) =>
					mandate.current &&
					(wanted.has(mandate.organization.id) ||
						(mandate.onBehalfOf !== null && wanted.has(mandate.onBehalfOf.id)))
			)
			.map((mandate) => ({
				person: { id: view.id, fullName: view.fullName, party: view.party },
				mandate,
				familyName: view.familyName,
				givenName: view.givenName
			}))
	);
	entries.sort(
		(a, b) =>
			ROLE_ORDER.indexOf(a.mandate.role) - ROLE_ORDER.indexOf(b.mandate.role) ||
			a.familyName.localeCompare(b.familyName, 'de') ||
			a.givenName.localeCompare(b.givenName, 'de')
	);
	return entries.map(({ person, mandate }) => ({ person, mandate }));
}
