import { eq } from 'drizzle-orm';
import { createAccount } from '../auth/create-account';
import { user } from '../auth/schema';
import { db } from '../db';
import type { DemoAccount, DemoSeed } from './types';

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

export const seedAccounts: DemoSeed = {
	name: 'Konten',
	async seed(ctx) {
		for (const account of DEMO_ACCOUNTS) {
			const [existing] = await db
				.select({ id: user.id })
				.from(user)
				.where(eq(user.email, account.email));
			const id =
				existing?.id ??
				(
					await createAccount({
						email: account.email,
						name: account.name,
						role: account.role,
						password: DEMO_PASSWORD,
						emailVerified: true
					})
				).id;
			ctx.accounts.set(account.key, { id, email: account.email, name: account.name });
		}
	},
	// Names of accounts are not public (no mandate is published for them) and neither are addresses.
	privateValues: DEMO_ACCOUNTS.flatMap((account) => [account.email, account.name])
};
