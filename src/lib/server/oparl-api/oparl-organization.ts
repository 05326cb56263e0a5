import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { OrganizationType } from '$lib/shared/territory';
import { db } from '../db';
import { membership } from '../directory/schema';
import { organization } from '../territory/schema';
import { externalList, isoTimestamp, latestOf, listConditions } from './external-list';
import type { ListParams } from './list-params';
import { withTombstones } from './tombstones';
import { compact, oparlBase, webUrl, type OparlJson } from './oparl-object';
import { bodyListUrl, objectUrl } from './oparl-urls';
import { publicMembershipCondition } from './public-scope';

/** OParl's words for organization types (spec 1.1, Organization.organizationType). */
const ORGANIZATION_TYPES: Record<OrganizationType, string> = {
	council: 'Gremium',
	committee: 'Gremium',
	faction: 'Fraktion',
	party: 'Partei',
	other: 'Sonstiges'
};
const DEFAULT_CLASSIFICATIONS: Partial<Record<OrganizationType, string>> = {
	council: 'Vertretung',
	committee: 'Ausschuss',
	faction: 'Fraktion'
};

/** An organization lists its members' memberships, so their changes count as its own. */
const organizationModified = latestOf(
	organization.modifiedAt,
	sql`coalesce((select max(${membership.modifiedAt}) from ${membership} where ${membership.organizationId} = ${organization.id} and ${publicMembershipCondition()}), ${organization.modifiedAt})`
);

function selectOrganizations(where: SQL | undefined, limit: number) {
	return db
		.select({
			id: organization.id,
			bodyId: organization.bodyId,
			name: organization.name,
			shortName: organization.shortName,
			type: organization.organizationType,
			classification: organization.classification,
			parentId: organization.parentId,
			seats: organization.seats,
			startDate: organization.startDate,
			endDate: organization.endDate,
			oparlId: organization.oparlId,
			created: isoTimestamp(organization.createdAt),
			modified: isoTimestamp(organizationModified)
		})
		.from(organization)
		.where(where)
		.orderBy(asc(organization.id))
		.limit(limit);
}
type OrganizationRow = Awaited<ReturnType<typeof selectOrganizations>>[number];

/** Councils, committees and factions are public facts, like their pages (`/gremien/[id]`). */
export async function listOparlOrganizations(bodyId: string, params: ListParams) {
	const { filters, cursor } = listConditions(params, {
		id: organization.id,
		created: organization.createdAt,
		modified: organizationModified
	});
	const scope = eq(organization.bodyId, bodyId);
	const [rows, [count]] = await Promise.all([
		selectOrganizations(and(scope, ...filters, cursor), params.limit + 1),
		db
			.select({ total: sql<number>`count(*)::int` })
			.from(organization)
			.where(and(scope, ...filters))
	]);
	return externalList(
		bodyListUrl(bodyId, 'organization'),
		params,
		await withTombstones({
			kind: 'organization',
			bodyId,
			params,
			rows,
			total: count?.total ?? 0,
			serialize: serializeOrganizations
		})
	);
}

export async function getOparlOrganization(id: string): Promise<OparlJson | null> {
	const [row] = await selectOrganizations(eq(organization.id, id), 1);
	return row ? ((await serializeOrganizations([row]))[0] ?? null) : null;
}

async function serializeOrganizations(rows: OrganizationRow[]): Promise<OparlJson[]> {
	if (rows.length === 0) return [];
	const members = await db
		.select({ id: membership.id, organizationId: membership.organizationId })
		.from(membership)
		.where(
			and(
				inArray(
					membership.organizationId,
					rows.map((row) => row.id)
				),
				publicMembershipCondition()
			)
		)
		.orderBy(asc(membership.id));
	const membershipsOf = new Map<string, string[]>();
	for (const member of members) {
		const list = membershipsOf.get(member.organizationId) ?? [];
		list.push(objectUrl('membership', member.id));
		membershipsOf.set(member.organizationId, list);
	}
	return rows.map((row) => toOparlOrganization(row, membershipsOf.get(row.id) ?? []));
}

function toOparlOrganization(row: OrganizationRow, memberships: string[]): OparlJson {
	return compact({
		...oparlBase('organization', row),
		body: objectUrl('body', row.bodyId),
		name: row.name,
		shortName: row.shortName,
		organizationType: ORGANIZATION_TYPES[row.type],
		classification: row.classification ?? DEFAULT_CLASSIFICATIONS[row.type],
		subOrganizationOf: row.parentId ? objectUrl('organization', row.parentId) : null,
		startDate: row.startDate,
		endDate: row.endDate,
		memberCount: row.seats,
		membership: memberships,
		web: webUrl(`/gremien/${row.id}`)
	});
}
