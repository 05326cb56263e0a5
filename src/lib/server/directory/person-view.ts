import { MEMBERSHIP_ROLE_LABELS, type MembershipRole } from '$lib/shared/directory';
import { instanceConfig } from '../instance/instance-config';
import type { MembershipFact, TopicRef } from './person-facts';
import type { person } from './schema';
import {
	audienceFor,
	isoToday,
	seesPerson,
	showsMembership,
	visibleFields,
	type Audience,
	type DirectoryViewer,
	type MembershipFacts
} from './visibility';

/** A membership as a viewer may see it. */
export interface MandateView {
	id: string;
	role: MembershipRole;
	roleLabel: string;
	organization: MembershipFact['organization'];
	council: MembershipFact['council'];
	onBehalfOf: MembershipFact['onBehalfOf'];
	topic: MembershipFact['topic'];
	area: MembershipFact['area'];
	startDate: string | null;
	endDate: string | null;
	current: boolean;
}

/**
 * A person as one viewer may see them: hidden fields are null (never sent to a page), hidden
 * memberships are left out. The only shape in which people leave the directory's services.
 */
export interface PersonView {
	id: string;
	givenName: string;
	familyName: string;
	fullName: string;
	party: string;
	email: string | null;
	phone: string | null;
	/** Markdown as written by the person. */
	biography: string | null;
	/** Null when the viewer may not see the person's topics. */
	topics: TopicRef[] | null;
	/** Current mandates first, then past ones (most recent first). */
	mandates: MandateView[];
	/** The person has an address the viewer may not see (a contact form can still reach them). */
	hasHiddenEmail: boolean;
	/** Only the public record of elected mandates is left (the account was deleted). */
	recordOnly: boolean;
	audience: Audience;
}

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
	today: string = isoToday()
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
		hasHiddenEmail: !fields.email && row.email !== null && row.email !== '',
		recordOnly: row.recordOnlySince !== null,
		audience
	};
}
