import { berlinToday } from '$lib/shared/berlin-time';
import { MEMBERSHIP_ROLE_LABELS } from '$lib/shared/directory';
import type { MandateView, PersonView } from '$lib/shared/directory-views';
import { instanceConfig } from '../instance/instance-config';
import type { MembershipFact, TopicRef } from './person-facts';

export type { MandateView, PersonView } from '$lib/shared/directory-views';
import type { person } from './schema';
import {
	audienceFor,
	seesNetwork,
	seesPerson,
	showsMembership,
	visibleFields,
	type DirectoryViewer,
	type MembershipFacts
} from './visibility';

export type PersonRow = Pick<
	typeof person.$inferSelect,
	| 'id'
	| 'givenName'
	| 'familyName'
	| 'fullName'
	| 'party'
	| 'email'
	| 'emailVisibility'
	| 'phone'
	| 'phoneVisibility'
	| 'biography'
	| 'biographyVisibility'
	| 'topicsVisibility'
	| 'recordOnlySince'
>;

export function isCurrent(
	fact: Pick<MembershipFact, 'startDate' | 'endDate'>,
	today: string
): boolean {
	return (
		(fact.startDate === null || fact.startDate <= today) &&
		(fact.endDate === null || fact.endDate >= today)
	);
}

function factsOf(fact: MembershipFact): MembershipFacts {
	return { role: fact.role, organizationType: fact.organization.type };
}

function mandateView(fact: MembershipFact, today: string): MandateView {
	return {
		id: fact.id,
		role: fact.role,
		roleLabel: MEMBERSHIP_ROLE_LABELS[fact.role],
		organization: fact.organization,
		council: fact.council,
		onBehalfOf: fact.onBehalfOf,
		topic: fact.topic,
		area: fact.area,
		startDate: fact.startDate,
		endDate: fact.endDate,
		current: isCurrent(fact, today)
	};
}

const TYPE_ORDER: Record<MandateView['organization']['type'], number> = {
	council: 0,
	committee: 1,
	faction: 2,
	party: 3,
	other: 4
};

/**
 * Current before past, the most recently ended past ones first; within each, seats in councils
 * before committees before factions, as a reader of a mandate list expects.
 */
function byRelevance(a: MandateView, b: MandateView): number {
	if (a.current !== b.current) return a.current ? -1 : 1;
	if (!a.current && a.endDate !== b.endDate)
		return (b.endDate ?? '').localeCompare(a.endDate ?? '');
	return TYPE_ORDER[a.organization.type] - TYPE_ORDER[b.organization.type];
}

/**
 * Projects one person for one viewer through the privacy rules of visibility.ts. Returns null
 * when the viewer may not know of the person at all.
 */
export function projectPerson(
	viewer: DirectoryViewer,
	row: PersonRow,
	facts: {
		memberships: readonly MembershipFact[];
		topics: readonly TopicRef[];
		currentFactionIds: readonly string[];
	},
	today: string = berlinToday()
): PersonView | null {
	const memberships = facts.memberships.map(factsOf);
	const audience = audienceFor(viewer, {
		personId: row.id,
		currentFactionIds: facts.currentFactionIds
	});
	if (!seesPerson(audience, memberships)) return null;
	const fields = visibleFields(audience, row);
	return {
		id: row.id,
		givenName: row.givenName,
		familyName: row.familyName,
		fullName: row.fullName,
		party: row.party ?? instanceConfig().party.shortName,
		email: fields.email ? row.email : null,
		phone: fields.phone ? row.phone : null,
		biography: fields.biography ? row.biography : null,
		topics: fields.topics ? [...facts.topics] : null,
		mandates: facts.memberships
			.filter((fact) => showsMembership(audience, factsOf(fact)))
			.map((fact) => mandateView(fact, today))
			.sort(byRelevance),
		// Only members may use the contact form, so only they learn that an address exists.
		hasHiddenEmail: seesNetwork(viewer) && !fields.email && Boolean(row.email),
		recordOnly: row.recordOnlySince !== null,
		audience
	};
}
