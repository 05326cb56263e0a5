import { and, eq, inArray, isNotNull, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { berlinToday } from '$lib/shared/berlin-time';
import type { MembershipRole } from '$lib/shared/directory';
import { membership } from '../../directory/schema';
import { organization as directoryOrganization } from '../../territory/schema';
import { oparlMembership, oparlObject, oparlOrganization } from '../schema';
import type { Executor } from './executor';
import { membershipRoleOf } from './membership-role';

/**
 * What an imported person's memberships would change in the directory for the person they
 * were matched to. Nothing is ever removed: a membership that ended in the council system (or
 * vanished from it) gets an end date; one the directory already has without its OParl id is
 * linked instead of doubled.
 */
export type MembershipChange =
	| {
			kind: 'add';
			oparlId: string;
			organizationId: string;
			organizationName: string;
			role: MembershipRole;
			onBehalfOfId: string | null;
			votingRight: boolean;
			startDate: string | null;
			endDate: string | null;
	  }
	| {
			kind: 'link';
			oparlId: string;
			membershipId: string;
			organizationName: string;
			/** Set when the imported membership has ended and the directory's has not. */
			endDate: string | null;
	  }
	| {
			kind: 'end';
			membershipId: string;
			organizationName: string;
			endDate: string;
	  }
	| {
			/** The council system's Gremium has no counterpart in the directory: shown, not applied. */
			kind: 'unmatched';
			oparlId: string;
			organizationName: string;
			role: string | null;
			startDate: string | null;
			endDate: string | null;
	  };

interface DirectoryMembership {
	id: string;
	organizationId: string;
	startDate: string | null;
	endDate: string | null;
	oparlId: string | null;
}

function overlaps(
	a: { startDate: string | null; endDate: string | null },
	b: { startDate: string | null; endDate: string | null }
): boolean {
	return (
		(a.startDate ?? '0000') <= (b.endDate ?? '9999') &&
		(b.startDate ?? '0000') <= (a.endDate ?? '9999')
	);
}

const onBehalfOf = alias(oparlOrganization, 'on_behalf_of');

/**
 * The changes applying `oparlPersonId`'s memberships to `directoryPersonId` would make. Memberships
 * embedded in a person often lack the `person` field (the parent is the person), so both are read.
 */
export async function planMembershipChanges(
	executor: Executor,
	options: { oparlPersonId: string; directoryPersonId: string }
): Promise<MembershipChange[]> {
	const imported = await executor
		.select({
			oparlId: oparlObject.oparlId,
			deleted: oparlObject.deleted,
			role: oparlMembership.role,
			votingRight: oparlMembership.votingRight,
			startDate: oparlMembership.startDate,
			endDate: oparlMembership.endDate,
			importedOrganizationName: oparlOrganization.name,
			organizationId: oparlOrganization.directoryOrganizationId,
			onBehalfOfId: onBehalfOf.directoryOrganizationId
		})
		.from(oparlMembership)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlMembership.objectId))
		.leftJoin(oparlOrganization, eq(oparlOrganization.objectId, oparlMembership.organizationId))
		.leftJoin(onBehalfOf, eq(onBehalfOf.objectId, oparlMembership.onBehalfOfId))
		.where(
			or(
				eq(oparlMembership.personId, options.oparlPersonId),
				eq(oparlObject.parentId, options.oparlPersonId)
			)
		)
		.orderBy(oparlMembership.startDate, oparlObject.oparlId);
	const existing: DirectoryMembership[] = await executor
		.select({
			id: membership.id,
			organizationId: membership.organizationId,
			startDate: membership.startDate,
			endDate: membership.endDate,
			oparlId: membership.oparlId
		})
		.from(membership)
		.where(eq(membership.personId, options.directoryPersonId));
	const organizationIds = [
		...new Set(imported.flatMap((row) => (row.organizationId ? [row.organizationId] : [])))
	];
	const organizations = new Map(
		(organizationIds.length > 0
			? await executor
					.select({
						id: directoryOrganization.id,
						name: directoryOrganization.name,
						organizationType: directoryOrganization.organizationType
					})
					.from(directoryOrganization)
					.where(inArray(directoryOrganization.id, organizationIds))
			: []
		).map((row) => [row.id, row])
	);
	// OParl ids already carried by someone's membership: never given to a second one.
	const importedIds = imported.map((row) => row.oparlId);
	const taken = new Set(
		importedIds.length > 0
			? (
					await executor
						.select({ oparlId: membership.oparlId })
						.from(membership)
						.where(and(isNotNull(membership.oparlId), inArray(membership.oparlId, importedIds)))
				).map((row) => row.oparlId)
			: []
	);

	const changes: MembershipChange[] = [];
	const claimed = new Set<string>();
	for (const row of imported) {
		const target = row.organizationId ? organizations.get(row.organizationId) : undefined;
		const linked = existing.find((candidate) => candidate.oparlId === row.oparlId);
		if (linked) {
			claimed.add(linked.id);
			const endDate = row.deleted ? berlinToday() : row.endDate;
			if (endDate && linked.endDate === null) {
				changes.push({
					kind: 'end',
					membershipId: linked.id,
					organizationName: target?.name ?? row.importedOrganizationName ?? '',
					endDate: linked.startDate && endDate < linked.startDate ? linked.startDate : endDate
				});
			}
			continue;
		}
		if (row.deleted || taken.has(row.oparlId)) continue;
		if (!target) {
			changes.push({
				kind: 'unmatched',
				oparlId: row.oparlId,
				organizationName: row.importedOrganizationName ?? 'unbekanntes Gremium',
				role: row.role,
				startDate: row.startDate,
				endDate: row.endDate
			});
			continue;
		}
		const same = existing.find(
			(candidate) =>
				!claimed.has(candidate.id) &&
				candidate.oparlId === null &&
				candidate.organizationId === target.id &&
				overlaps(candidate, row)
		);
		if (same) {
			claimed.add(same.id);
			changes.push({
				kind: 'link',
				oparlId: row.oparlId,
				membershipId: same.id,
				organizationName: target.name,
				endDate: row.endDate && same.endDate === null ? row.endDate : null
			});
			continue;
		}
		changes.push({
			kind: 'add',
			oparlId: row.oparlId,
			organizationId: target.id,
			organizationName: target.name,
			role: membershipRoleOf(row.role, target.organizationType),
			// A seat in a faction is not held "for" a faction (directory rule).
			onBehalfOfId: target.organizationType === 'faction' ? null : row.onBehalfOfId,
			votingRight: row.votingRight ?? true,
			startDate: row.startDate,
			endDate: row.startDate && row.endDate && row.endDate < row.startDate ? null : row.endDate
		});
	}
	return changes;
}
