import { and, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
	ELECTED_ROLES,
	FIELD_VISIBILITIES,
	type FieldVisibility,
	type MembershipRole,
	type PersonalField
} from '$lib/shared/directory';
import { berlinToday } from '$lib/shared/berlin-time';
import type { Role } from '$lib/shared/roles';
import { organization } from '../territory/schema';
import { membership } from './schema';

/**
 * The one place that decides which personal data of the directory a viewer sees. Pages, the
 * search API, contact forms and exports all project people through here; nothing else compares
 * visibilities. Rules (DESIGN.md, privacy):
 *
 * - Name, party, mandates and faction of an elected mandate holder are public record.
 * - Everyone else in the directory is seen only by members and up.
 * - Every other personal field has its own visibility: `public`, `members` or `board`.
 * - The person themselves, the board and the faction admins of the person's current factions see
 *   everything (they maintain these data).
 */

/** What the viewer is, as far as the directory cares. */
export interface DirectoryViewer {
	role: Role;
	userId: string | null;
	/** The viewer's own person in the directory, if any. */
	personId: string | null;
	/** Factions whose people this viewer maintains (faction admins: their current factions). */
	managedFactionIds: ReadonlySet<string>;
}

export const ANONYMOUS_VIEWER: DirectoryViewer = {
	role: 'anonymous',
	userId: null,
	personId: null,
	managedFactionIds: new Set()
};

/** The widest visibility a viewer sees of one person's fields. */
export type Audience = FieldVisibility;

const RANK: Record<FieldVisibility, number> = { public: 0, members: 1, board: 2 };

/** True if a field with `visibility` is shown to someone with `audience`. */
export function shows(audience: Audience, visibility: FieldVisibility): boolean {
	return RANK[visibility] <= RANK[audience];
}

/** Roles that see the members' directory at all (the `network.read` permission). */
const NETWORK_ROLES: readonly Role[] = ['member', 'faction_admin', 'board'];

export function seesNetwork(viewer: DirectoryViewer): boolean {
	return NETWORK_ROLES.includes(viewer.role);
}

/** The audience the viewer belongs to for this person. */
export function audienceFor(
	viewer: DirectoryViewer,
	subject: { personId: string; currentFactionIds: readonly string[] }
): Audience {
	if (viewer.role === 'board') return 'board';
	if (viewer.personId !== null && viewer.personId === subject.personId) return 'board';
	if (
		viewer.role === 'faction_admin' &&
		subject.currentFactionIds.some((id) => viewer.managedFactionIds.has(id))
	)
		return 'board';
	return seesNetwork(viewer) ? 'members' : 'public';
}

/** A membership as far as the privacy rules need it. */
export interface MembershipFacts {
	role: MembershipRole;
	organizationType: 'council' | 'committee' | 'faction' | 'party' | 'other';
}

/** An elected council seat (now or in the past) makes a person's name and mandates public record. */
export function isElectedMandate(facts: MembershipFacts): boolean {
	return facts.organizationType === 'council' && ELECTED_ROLES.includes(facts.role);
}

export function isPublicRecord(memberships: readonly MembershipFacts[]): boolean {
	return memberships.some(isElectedMandate);
}

/**
 * Which of a person's memberships the audience sees. The public sees the public record of a
 * mandate holder: every mandate and function except seats as sachkundige Einwohner*in, which do
 * not come from an election. Members and up see all.
 */
export function showsMembership(audience: Audience, facts: MembershipFacts): boolean {
	return audience !== 'public' || facts.role !== 'expert_citizen';
}

/** Whether the viewer may know the person is in the directory at all. */
export function seesPerson(audience: Audience, memberships: readonly MembershipFacts[]): boolean {
	return audience !== 'public' || isPublicRecord(memberships);
}

/** The personal fields with their stored visibility, as on the `person` row. */
export interface PersonalFieldVisibilities {
	emailVisibility: FieldVisibility;
	phoneVisibility: FieldVisibility;
	biographyVisibility: FieldVisibility;
	topicsVisibility: FieldVisibility;
}

/** The personal fields this audience sees of the person. */
export function visibleFields(
	audience: Audience,
	person: PersonalFieldVisibilities
): Record<PersonalField, boolean> {
	return {
		email: shows(audience, person.emailVisibility),
		phone: shows(audience, person.phoneVisibility),
		biography: shows(audience, person.biographyVisibility),
		topics: shows(audience, person.topicsVisibility)
	};
}

/**
 * SQL for list and search queries: true for people the public may see (holders of an elected
 * council seat). `personId` is the person id column of the outer query.
 */
export function publicRecordCondition(personId: AnyPgColumn): SQL {
	return sql`exists (select 1 from ${membership} join ${organization} on ${organization.id} = ${membership.organizationId} where ${membership.personId} = ${personId} and ${organization.organizationType} = 'council' and ${inArray(membership.role, [...ELECTED_ROLES])})`;
}

/**
 * SQL: true for a membership that lasts today (`endDate` open or not yet passed, begun or without
 * a start). Used for "current faction", the map and the counts.
 */
export function currentMembershipCondition(today: string = berlinToday()): SQL {
	return and(
		sql`(${membership.startDate} is null or ${membership.startDate} <= ${today})`,
		sql`(${membership.endDate} is null or ${membership.endDate} >= ${today})`
	)!;
}

/**
 * SQL for list and search queries: true for people of whom the viewer may know (the counterpart
 * of `seesPerson`). Members and up see everyone in the directory; others the public record and
 * themselves.
 */
export function seesPersonCondition(viewer: DirectoryViewer, personId: AnyPgColumn): SQL {
	if (seesNetwork(viewer)) return sql`true`;
	const own = viewer.personId ? sql` or ${personId} = ${viewer.personId}` : sql``;
	return sql`(${publicRecordCondition(personId)}${own})`;
}

/**
 * SQL: true where the viewer sees a personal field of the person in the row (the counterpart of
 * `audienceFor` + `shows`), e.g. to filter by topics only where the topics are visible.
 * `visibility` is the field's visibility column of the outer query's person row.
 */
export function fieldShownCondition(
	viewer: DirectoryViewer,
	visibility: AnyPgColumn,
	personId: AnyPgColumn
): SQL {
	const base: Audience = seesNetwork(viewer) ? 'members' : 'public';
	if (viewer.role === 'board') return sql`true`;
	const shown = FIELD_VISIBILITIES.filter((value) => shows(base, value));
	const alternatives: SQL[] = [inArray(visibility, shown)];
	if (viewer.personId) alternatives.push(sql`${personId} = ${viewer.personId}`);
	if (viewer.role === 'faction_admin' && viewer.managedFactionIds.size > 0) {
		const factions = [...viewer.managedFactionIds];
		alternatives.push(
			sql`exists (select 1 from ${membership} where ${membership.personId} = ${personId} and ${currentMembershipCondition()} and (${inArray(membership.organizationId, factions)} or ${inArray(membership.onBehalfOfId, factions)}))`
		);
	}
	return sql`(${or(...alternatives)})`;
}
