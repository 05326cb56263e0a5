import type { DemoAccount } from '../types';

/** Documented in the README and DESIGN.md; only ever used in demo mode. */
export const DEMO_PASSWORD = 'demo-passwort';

/** The four demo accounts of DESIGN.md. The people are invented. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
	{ key: 'vorstand', email: 'vorstand@example.org', name: 'Katrin Vorstandt', role: 'board' },
	{
		key: 'fraktion',
		email: 'fraktion@example.org',
		name: 'Jonas Fraktionsberg',
		role: 'faction_admin'
	},
	{ key: 'mitglied', email: 'mitglied@example.org', name: 'Mira Mitgliedermann', role: 'member' },
	{
		key: 'interessiert',
		email: 'interessiert@example.org',
		name: 'Paul Interessant',
		role: 'interested'
	}
];

/** No mandate is published for these people, so neither their names nor addresses are public. */
export const DEMO_ACCOUNT_PRIVATE_VALUES = DEMO_ACCOUNTS.flatMap((account) => [
	account.email,
	account.name
]);
