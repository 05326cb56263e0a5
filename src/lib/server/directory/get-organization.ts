import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { isUuid } from './is-uuid';
import { listOrganizations, type OrganizationSummary } from './list-organizations';
import { visibleMembers, type MemberEntry } from './organization-members';
import { loadDirectoryViewer } from './viewer';

export interface OrganizationPage {
	organization: OrganizationSummary;
	/** The council a committee or faction belongs to. */
	council: OrganizationSummary | null;
	factions: OrganizationSummary[];
	committees: OrganizationSummary[];
	/** Current members, and for a faction also the seats held for it, as the viewer may see them. */
	members: MemberEntry[];
}

/** A council, committee or faction with its members; null for an unknown id. */
export async function getOrganization(options: {
	actor: SessionUser | null;
	id: string;
}): Promise<OrganizationPage | null> {
	assertCan(options.actor, 'public.read');
	if (!isUuid(options.id)) return null;
	const [organization] = await listOrganizations({ ids: [options.id] });
	if (!organization) return null;
	const viewer = await loadDirectoryViewer(options.actor);
	const [council] = organization.parentId
		? await listOrganizations({ ids: [organization.parentId] })
		: [];
	const below = await listOrganizations({ parentIds: [organization.id] });
	return {
		organization,
		council: council ?? null,
		factions: below.filter((o) => o.type === 'faction'),
		committees: below.filter((o) => o.type !== 'faction'),
		members: await visibleMembers(viewer, [organization.id])
	};
}
