import type { FieldVisibility, MembershipRole } from '../../../shared/directory';
import type { DemoAccount } from '../types';

/** A council loaded from the state data (by AGS), or an organization the demo adds (by key). */
export type DemoOrganizationRef = { council: string } | { organization: string };

/** A faction or committee the demo adds to a council. */
export interface DemoOrganization {
	key: string;
	type: 'faction' | 'committee';
	/** AGS of the unit whose council it belongs to. */
	councilAgs: string;
	name: string;
	partners: string | null;
}

export interface DemoPerson {
	key: string;
	/** The demo account this person is the profile of. */
	account: DemoAccount['key'] | null;
	givenName: string;
	familyName: string;
	/** Null: the instance's party. */
	party: string | null;
	email: string | null;
	emailVisibility: FieldVisibility;
	phone: string | null;
	phoneVisibility: FieldVisibility;
	biography: string | null;
	biographyVisibility: FieldVisibility;
	topicsVisibility: FieldVisibility;
	/** Topic slugs of the default topic list. */
	topics: string[];
}

export interface DemoMembership {
	person: string;
	organization: DemoOrganizationRef;
	role: MembershipRole;
	/** Key of the faction a seat is held for. */
	onBehalfOf: string | null;
	/** Topic slug, for spokespersons. */
	topic: string | null;
	startDate: string | null;
	endDate: string | null;
}

export interface DemoDirectory {
	organizations: DemoOrganization[];
	people: DemoPerson[];
	memberships: DemoMembership[];
}
