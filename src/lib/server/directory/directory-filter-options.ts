import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { MEMBERSHIP_ROLE_LABELS, MEMBERSHIP_ROLES } from '$lib/shared/directory';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { body, organization, territorialUnit } from '../territory/schema';
import { membership, topic } from './schema';
import { currentMembershipCondition } from './visibility';

export interface FilterOption {
	value: string;
	label: string;
}

export interface DirectoryFilterOptions {
	areas: FilterOption[];
	councils: FilterOption[];
	factions: FilterOption[];
	topics: FilterOption[];
	roles: FilterOption[];
}

/**
 * What the directory's filters offer: the Land, Kreise and kreisfreie Städte; councils and
 * factions where someone holds a current membership (not all 724 Gemeindevertretungen); the
 * topics in the board's order; the functions.
 */
export async function directoryFilterOptions(options: {
	actor: SessionUser | null;
}): Promise<DirectoryFilterOptions> {
	assertCan(options.actor, 'network.read');
	const areas = await db
		.select({ ags: territorialUnit.ags, name: territorialUnit.name, kind: territorialUnit.kind })
		.from(territorialUnit)
		.where(inArray(territorialUnit.kind, ['land', 'landkreis', 'kreisfreie_stadt']))
		.orderBy(asc(territorialUnit.kind), asc(territorialUnit.name));

	// Organizations with a current member or a seat held for them, and the councils they belong to.
	const active = await db
		.selectDistinct({ id: membership.organizationId, factionId: membership.onBehalfOfId })
		.from(membership)
		.where(currentMembershipCondition());
	const usedIds = [...new Set(active.flatMap((row) => [row.id, row.factionId ?? row.id]))];
	const parents = usedIds.length
		? await db
				.selectDistinct({ id: organization.parentId })
				.from(organization)
				.where(and(inArray(organization.id, usedIds), isNotNull(organization.parentId)))
		: [];
	const ids = [...usedIds, ...parents.map((row) => row.id!)];
	const organizations = ids.length
		? await db
				.select({
					id: organization.id,
					name: organization.name,
					type: organization.organizationType,
					parentId: organization.parentId,
					unitKind: territorialUnit.kind
				})
				.from(organization)
				.innerJoin(body, eq(body.id, organization.bodyId))
				.leftJoin(territorialUnit, eq(territorialUnit.id, body.territorialUnitId))
				.where(
					and(
						inArray(organization.id, ids),
						inArray(organization.organizationType, ['council', 'faction'])
					)
				)
				.orderBy(asc(organization.name))
		: [];
	const councilName = new Map(
		organizations.filter((o) => o.type === 'council').map((o) => [o.id, o.name])
	);
	// Kreis-level councils (and the Landtag) before the many Gemeindevertretungen.
	const councils = organizations
		.filter((o) => o.type === 'council')
		.sort((a, b) => Number(a.unitKind === 'gemeinde') - Number(b.unitKind === 'gemeinde'));
	const topics = await db
		.select({ id: topic.id, name: topic.name })
		.from(topic)
		.where(isNull(topic.archivedAt))
		.orderBy(asc(topic.sortOrder), asc(topic.name));

	return {
		areas: areas.map((a) => ({ value: a.ags!, label: a.name })),
		councils: councils.map((c) => ({ value: c.id, label: c.name })),
		factions: organizations
			.filter((o) => o.type === 'faction')
			.map((f) => ({
				value: f.id,
				label:
					f.parentId && councilName.has(f.parentId)
						? `${f.name} (${councilName.get(f.parentId)})`
						: f.name
			})),
		topics: topics.map((t) => ({ value: t.id, label: t.name })),
		roles: MEMBERSHIP_ROLES.map((role) => ({ value: role, label: MEMBERSHIP_ROLE_LABELS[role] }))
	};
}
