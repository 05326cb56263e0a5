import { asc, eq, inArray, isNotNull, and, sql } from 'drizzle-orm';
import { ORGANIZATION_TYPE_LABELS } from '$lib/shared/territory';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { organization as directoryOrganization } from '../../territory/schema';
import { oparlBody, oparlObject, oparlOrganization } from '../schema';

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
	}[];
	/** The directory's organizations of the matched body, to pick from. */
	options: { id: string; label: string }[];
}

/**
 * The imported Gremien of every matched body with their directory organization, unmatched
 * first, and the directory organizations of that body to pick from.
 */
export async function listOrganizationMatches(
	actor: SessionUser | null
): Promise<OrganizationMatchGroup[]> {
	assertCan(actor, 'oparl.manage');
	const rows = await db
		.select({
			objectId: oparlOrganization.objectId,
			name: oparlOrganization.name,
			organizationType: oparlOrganization.organizationType,
			classification: oparlOrganization.classification,
			directoryOrganizationId: oparlOrganization.directoryOrganizationId,
			bodyId: oparlBody.objectId,
			bodyName: oparlBody.name,
			directoryBodyId: oparlBody.directoryBodyId
		})
		.from(oparlOrganization)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlOrganization.objectId))
		.innerJoin(oparlBody, eq(oparlBody.objectId, oparlOrganization.bodyId))
		.where(and(isNotNull(oparlBody.directoryBodyId), eq(oparlObject.deleted, false)))
		.orderBy(
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
			directoryOrganizationId: row.directoryOrganizationId
		});
	}
	return [...groups.values()];
}
