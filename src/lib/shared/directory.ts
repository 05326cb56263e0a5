/**
 * Words of the directory shared by server and pages: membership roles, field visibilities and the
 * German labels people see. The CSV importer parses the same labels back.
 */
export const MEMBERSHIP_ROLES = [
	'member',
	'deputy_member',
	'chair',
	'vice_chair',
	'faction_chair',
	'expert_citizen',
	'spokesperson'
] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const MEMBERSHIP_ROLE_LABELS: Record<MembershipRole, string> = {
	member: 'Mitglied',
	deputy_member: 'Stellvertretendes Mitglied',
	chair: 'Vorsitz',
	vice_chair: 'Stellvertretender Vorsitz',
	faction_chair: 'Fraktionsvorsitz',
	expert_citizen: 'Sachkundige*r Einwohner*in',
	spokesperson: 'Sprecher*in'
};

/**
 * Roles that come from an election to a council: a person holding one of them in a council is a
 * mandate holder, whose name, party, mandates and faction are public record (DESIGN.md).
 */
export const ELECTED_ROLES: readonly MembershipRole[] = ['member', 'chair', 'vice_chair'];

export const FIELD_VISIBILITIES = ['public', 'members', 'board'] as const;
export type FieldVisibility = (typeof FIELD_VISIBILITIES)[number];

export const FIELD_VISIBILITY_LABELS: Record<FieldVisibility, string> = {
	public: 'öffentlich',
	members: 'Mitglieder',
	board: 'Vorstand'
};

/** Longer wording for choosers: who exactly will see the field. */
export const FIELD_VISIBILITY_DESCRIPTIONS: Record<FieldVisibility, string> = {
	public: 'Alle, auch ohne Anmeldung',
	members: 'Angemeldete Mitglieder des Netzwerks',
	board: 'Nur der Sprecher*innenrat (und Ihre Fraktionsverantwortlichen)'
};

/** The personal fields that carry their own visibility. */
export const PERSONAL_FIELDS = ['email', 'phone', 'biography', 'topics'] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];

export const PERSONAL_FIELD_LABELS: Record<PersonalField, string> = {
	email: 'E-Mail-Adresse',
	phone: 'Telefonnummer',
	biography: 'Über mich',
	topics: 'Themen'
};
