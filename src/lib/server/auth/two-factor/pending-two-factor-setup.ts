import { symmetricDecrypt } from 'better-auth/crypto';
import { and, eq } from 'drizzle-orm';
import { db } from '../../db';
import { getAuthContext } from '../auth';
import { assertCan } from '../policy';
import { twoFactor } from '../schema';
import type { SessionUser } from '../types';
import { totpDisplay, totpUri, type TotpDisplay } from './totp-display';

/**
 * The secret of a set-up that waits for its first code, shown again when a typed code was wrong
 * (forms work without JavaScript, so the page is rendered anew).
 */
export async function pendingTwoFactorSetup(options: {
	actor: SessionUser | null;
}): Promise<TotpDisplay | null> {
	assertCan(options.actor, 'account.manage');
	const [row] = await db
		.select({ secret: twoFactor.secret })
		.from(twoFactor)
		.where(and(eq(twoFactor.userId, options.actor.id), eq(twoFactor.verified, false)));
	if (!row) return null;
	const ctx = await getAuthContext();
	const secret = await symmetricDecrypt({ key: ctx.secretConfig, data: row.secret });
	return totpDisplay(totpUri(secret, options.actor.email));
}

/** Drops an unfinished set-up (the person chose "Abbrechen"). */
export async function cancelTwoFactorSetup(options: { actor: SessionUser | null }): Promise<void> {
	assertCan(options.actor, 'account.manage');
	await db
		.delete(twoFactor)
		.where(and(eq(twoFactor.userId, options.actor.id), eq(twoFactor.verified, false)));
}
