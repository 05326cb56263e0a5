import { asc, inArray, isNotNull, sql } from 'drizzle-orm';
import { ORGANIZATION_TYPE_LABELS } from '$lib/shared/territory';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { organization as directoryOrganization } from '../../territory/schema';
import { oparlBody, oparlOrganization } from '../schema';
import { selectImportedOrganizations } from './imported-organizations';
import type { MatchOption } from './match-option';
import { creatableDirectoryKind } from './organization-kind';

export interface OrganizationMatchGroup {
	/** The imported body (`oparl_body.objectId`). */
	bodyId: string;
	bodyName: string;
	unmatched: number;
	organizations: {
		objectId: string;
		name: string;
		/** How the council system files it (organization type, classification). */
		filedAs: string | null;
		directoryOrganizationId: string | null;
		/**
		 * Without a counterpart, and a faction or committee the directory can take over:
		 * the board may create it from here.
		 */
		creatable: boolean;
	}[];
	/** The directory's organizations of the matched body, to pick from. */
	options: MatchOption[];
}

/**
 * The imported Gremien of every matched body with their directory organization, unmatched
 * first, and the directory organizations of that body to pick from. Whether one may be created
 * follows the rules of `createOrganizationFromImport` (one council to put it under).
 */
export async function listOrganizationMatches(
	actor: SessionUser | null
): Promise<OrganizationMatchGroup[]> {
	assertCan(actor, 'oparl.manage');
	const rows = await selectImportedOrganizations(db, isNotNull(oparlBody.directoryBodyId)).orderBy(
		asc(oparlBody.name),
		sql`${oparlOrganization.directoryOrganizationId} is not null`,
		asc(oparlOrganization.name)
	);
	const directoryBodyIds = [...new Set(rows.map((row) => row.directoryBodyId!))];
	const options =
		directoryBodyIds.length > 0
			? await db
					.select({
						id: directoryOrganization.id,
						bodyId: directoryOrganization.bodyId,
						name: directoryOrganization.name,
						organizationType: directoryOrganization.organizationType
					})
					.from(directoryOrganization)
					.where(inArray(directoryOrganization.bodyId, directoryBodyIds))
					.orderBy(asc(directoryOrganization.organizationType), asc(directoryOrganization.name))
			: [];
	const councils = new Map<string, number>();
	for (const option of options) {
		if (option.organizationType !== 'council') continue;
		councils.set(option.bodyId, (councils.get(option.bodyId) ?? 0) + 1);
	}
	const groups = new Map<string, OrganizationMatchGroup>();
	for (const row of rows) {
		let group = groups.get(row.bodyId);
		if (!group) {
			group = {
				bodyId: row.bodyId,
				bodyName: row.bodyName,
				unmatched: 0,
				organizations: [],
				options: options
					.filter((option) => option.bodyId === row.directoryBodyId)
					.map((option) => ({
						id: option.id,
						label: `${option.name} (${ORGANIZATION_TYPE_LABELS[option.organizationType]})`
					}))
			};
			groups.set(row.bodyId, group);
		}
		if (!row.directoryOrganizationId) group.unmatched++;
		group.organizations.push({
			objectId: row.objectId,
			name: row.name,
			filedAs: [row.organizationType, row.classification].filter(Boolean).join(', ') || null,
			directoryOrganizationId: row.directoryOrganizationId,
			creatable:
				!row.directoryOrganizationId &&
				row.name.trim() !== '' &&
				councils.get(row.directoryBodyId!) === 1 &&
				creatableDirectoryKind(row) !== null
		});
	}
	return [...groups.values()];
}
