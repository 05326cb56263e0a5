import { eq } from 'drizzle-orm';
import { db } from '../../db';
import { assertCan } from '../policy';
import { user } from '../schema';
import type { SessionUser } from '../types';

/** The name others see. */
export async function updateProfile(options: {
	actor: SessionUser | null;
	name: string;
}): Promise<void> {
	assertCan(options.actor, 'account.manage');
	await db.update(user).set({ name: options.name.trim() }).where(eq(user.id, options.actor.id));
}
