import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { OrganizationSummary } from '$lib/shared/directory-views';
import type { OrganizationType } from '$lib/shared/territory';
import { db } from '../db';
import { body, organization, territorialUnit } from '../territory/schema';

export type { OrganizationSummary } from '$lib/shared/directory-views';

/**
 * Organizations by where they sit (territorial unit ids), by the council they belong to, or by
 * id, optionally of some types; councils first (the enum's order), then by name. Organizations
 * are public facts: no actor needed.
 */
export async function listOrganizations(options: {
	unitIds?: readonly string[];
	parentIds?: readonly string[];
	ids?: readonly string[];
	types?: readonly OrganizationType[];
}): Promise<OrganizationSummary[]> {
	const { unitIds, parentIds, ids, types } = options;
	if ([unitIds, parentIds, ids, types].some((list) => list?.length === 0)) return [];
	const conditions: SQL[] = [];
	if (unitIds) conditions.push(inArray(body.territorialUnitId, [...unitIds]));
	if (parentIds) conditions.push(inArray(organization.parentId, [...parentIds]));
	if (ids) conditions.push(inArray(organization.id, [...ids]));
	if (types) conditions.push(inArray(organization.organizationType, [...types]));
	const rows = await db
		.select({
			id: organization.id,
			name: organization.name,
			type: organization.organizationType,
			classification: organization.classification,
			parentId: organization.parentId,
			partners: organization.partners,
			seats: organization.seats,
			endDate: organization.endDate,
			bodyName: body.name,
			ags: territorialUnit.ags,
			areaName: territorialUnit.name,
			areaKind: territorialUnit.kind
		})
		.from(organization)
		.innerJoin(body, eq(body.id, organization.bodyId))
		.leftJoin(territorialUnit, eq(territorialUnit.id, body.territorialUnitId))
		.where(and(...conditions))
		.orderBy(asc(organization.organizationType), asc(organization.name));
	return rows.map(({ ags, areaName, areaKind, ...row }) => ({
		...row,
		area: areaName && areaKind ? { ags, name: areaName, kind: areaKind } : null
	}));
}
