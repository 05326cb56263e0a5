import { eq } from 'drizzle-orm';
import type { AccountRole } from '../../shared/roles';
import { db } from '../db';
import { getAuthContext } from './auth';
import { PASSWORD_MIN_LENGTH } from './create-auth';
import { AuthError } from './errors';
import { user } from './schema';

export interface CreateAccountInput {
	email: string;
	name: string;
	role: AccountRole;
	password: string;
	/** true when the address is proven (invitation link, demo data). */
	emailVerified?: boolean;
	/** Guests only. */
	accessExpiresAt?: Date | null;
}

/**
 * Creates an account with a password directly, for trusted callers only: first setup, accepted
 * invitations, demo seeding and the CLI. It checks no permission itself; whoever calls it has
 * already decided that this account may exist.
 */
export async function createAccount(input: CreateAccountInput): Promise<{ id: string }> {
	if (input.password.length < PASSWORD_MIN_LENGTH) throw new AuthError('weak_password', 'password');
	const email = input.email.trim().toLowerCase();
	const ctx = await getAuthContext();
	if (await ctx.internalAdapter.findUserByEmail(email)) throw new AuthError('email_taken', 'email');

	const passwordHash = await ctx.password.hash(input.password);
	let created: { id: string } | null;
	try {
		created = await ctx.internalAdapter.createUser(
			{
				email,
				name: input.name.trim(),
				emailVerified: input.emailVerified ?? false,
				role: input.role,
				accessExpiresAt: input.role === 'guest' ? (input.accessExpiresAt ?? null) : null
			},
			{ method: 'admin' }
		);
	} catch (error) {
		// Two requests for the same address at once: the unique index decides.
		if (await ctx.internalAdapter.findUserByEmail(email))
			throw new AuthError('email_taken', 'email');
		throw error;
	}
	if (!created) throw new Error('Konto konnte nicht angelegt werden');
	try {
		await ctx.internalAdapter.createAccount({
			userId: created.id,
			providerId: 'credential',
			accountId: created.id,
			password: passwordHash
		});
	} catch (error) {
		await db.delete(user).where(eq(user.id, created.id));
		throw error;
	}
	return { id: created.id };
}
