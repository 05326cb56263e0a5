import type { FieldVisibility, MembershipRole } from './directory';
import type { OrganizationType, TerritorialUnitKind } from './territory';

/**
 * The shapes in which people and organizations leave the directory's services, already
 * projected for one viewer (server/directory/person-view.ts): pages render them as they are.
 */
export interface TopicRef {
	id: string;
	slug: string;
	name: string;
}

export interface OrganizationRef {
	id: string;
	name: string;
	type: OrganizationType;
	classification: string | null;
	partners: string | null;
}

export interface AreaRef {
	ags: string | null;
	name: string;
	kind: TerritorialUnitKind;
}

/** A membership as a viewer may see it. */
export interface MandateView {
	id: string;
	role: MembershipRole;
	roleLabel: string;
	organization: OrganizationRef;
	/** The council a committee or faction belongs to. */
	council: { id: string; name: string } | null;
	onBehalfOf: { id: string; name: string } | null;
	topic: { id: string; name: string } | null;
	area: AreaRef | null;
	startDate: string | null;
	endDate: string | null;
	current: boolean;
}

/** A person as one viewer may see them: hidden fields are null, hidden memberships missing. */
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
	/** The widest visibility the viewer sees of this person's fields. */
	audience: FieldVisibility;
}

/** One current seat or function of a person in an organization shown on a page. */
export interface MemberEntry {
	person: Pick<PersonView, 'id' | 'fullName' | 'party'>;
	mandate: MandateView;
}

/** An organization (council, committee, faction …) with where it sits; public facts. */
export interface OrganizationSummary {
	id: string;
	name: string;
	type: OrganizationType;
	classification: string | null;
	parentId: string | null;
	/** Joint factions: the other parties. */
	partners: string | null;
	seats: number | null;
	/** Its last day, e.g. a faction of a Wahlperiode that is over (or will be on that day). */
	endDate: string | null;
	bodyName: string;
	area: AreaRef | null;
}
