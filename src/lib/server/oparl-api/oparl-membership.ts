import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { MEMBERSHIP_ROLE_LABELS } from '$lib/shared/directory';
import { db } from '../db';
import { membership } from '../directory/schema';
import { organization } from '../territory/schema';
import { externalList, isoTimestamp, listConditions } from './external-list';
import type { ListParams } from './list-params';
import { withTombstones } from './tombstones';
import { compact, oparlBase, type OparlJson } from './oparl-object';
import { bodyListUrl, objectUrl } from './oparl-urls';
import { publicMembershipCondition } from './public-scope';

function selectMemberships(where: SQL | undefined, limit?: number) {
	const query = db
		.select({
			id: membership.id,
			personId: membership.personId,
			organizationId: membership.organizationId,
			bodyId: organization.bodyId,
			role: membership.role,
			votingRight: membership.votingRight,
			startDate: membership.startDate,
			endDate: membership.endDate,
			onBehalfOfId: membership.onBehalfOfId,
			created: isoTimestamp(membership.createdAt),
			modified: isoTimestamp(membership.modifiedAt)
		})
		.from(membership)
		.innerJoin(organization, eq(organization.id, membership.organizationId))
		.where(and(publicMembershipCondition(), where))
		.orderBy(asc(membership.id));
	return limit === undefined ? query : query.limit(limit);
}
export type MembershipRow = Awaited<ReturnType<typeof selectMemberships>>[number];

/** A membership as OParl has it; embedded in its person, it still names the person. */
export function toOparlMembership(row: MembershipRow): OparlJson {
	return compact({
		...oparlBase('membership', row),
		person: objectUrl('person', row.personId),
		organization: objectUrl('organization', row.organizationId),
		role: MEMBERSHIP_ROLE_LABELS[row.role],
		votingRight: row.votingRight,
		startDate: row.startDate,
		endDate: row.endDate,
		onBehalfOf: row.onBehalfOfId ? objectUrl('organization', row.onBehalfOfId) : null
	});
}

/** The public memberships of these people, for embedding. */
export async function publicMembershipsOf(personIds: string[]): Promise<MembershipRow[]> {
	if (personIds.length === 0) return [];
	return selectMemberships(inArray(membership.personId, personIds));
}

export async function listOparlMemberships(bodyId: string, params: ListParams) {
	const { filters, cursor } = listConditions(params, {
		id: membership.id,
		created: membership.createdAt,
		modified: membership.modifiedAt
	});
	const scope = eq(organization.bodyId, bodyId);
	const [rows, [count]] = await Promise.all([
		selectMemberships(and(scope, ...filters, cursor), params.limit + 1),
		db
			.select({ total: sql<number>`count(*)::int` })
			.from(membership)
			.innerJoin(organization, eq(organization.id, membership.organizationId))
			.where(and(publicMembershipCondition(), scope, ...filters))
	]);
	return externalList(
		bodyListUrl(bodyId, 'membership'),
		params,
		await withTombstones({
			kind: 'membership',
			bodyId,
			params,
			rows,
			total: count?.total ?? 0,
			serialize: (rows: MembershipRow[]) => rows.map(toOparlMembership)
		})
	);
}

export async function getOparlMembership(id: string): Promise<OparlJson | null> {
	const [row] = await selectMemberships(eq(membership.id, id), 1);
	return row ? toOparlMembership(row) : null;
}
