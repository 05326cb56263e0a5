/** The roles of DESIGN.md, from least to most trusted (guest stands apart: shared items only). */
export const ROLES = [
	'anonymous',
	'guest',
	'interested',
	'member',
	'faction_admin',
	'board'
] as const;
export type Role = (typeof ROLES)[number];
/** Roles an account can have (anonymous is the absence of one). */
export const ACCOUNT_ROLES = ['guest', 'interested', 'member', 'faction_admin', 'board'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
	anonymous: 'Öffentlichkeit',
	guest: 'Gast',
	interested: 'Interessierte',
	member: 'Mitglied',
	faction_admin: 'Fraktionsverantwortliche',
	board: 'Sprecher*innenrat'
};
