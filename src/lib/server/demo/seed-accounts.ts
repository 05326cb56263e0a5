import { eq } from 'drizzle-orm';
import { createAccount } from '../auth/create-account';
import { user } from '../auth/schema';
import { db } from '../db';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './data/accounts';
import type { DemoSeed } from './types';

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
	}
};
