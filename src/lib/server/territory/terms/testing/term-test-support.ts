import { eq } from 'drizzle-orm';
import type { SessionUser } from '../../../auth/types';
import { db } from '../../../db';
import { legislativeTerm } from '../../schema';

/** A signed-in account of the role, for calling the term services directly. */
export function actorWithRole(role: SessionUser['role']): SessionUser {
	return {
		id: `${role}-id`,
		email: `${role}@example.org`,
		name: role,
		role,
		emailVerified: true,
		twoFactorEnabled: true,
		accessExpiresAt: null
	};
}

/** A body's Wahlperioden as stored, oldest first. */
export async function termsOfBody(bodyId: string) {
	return db
		.select()
		.from(legislativeTerm)
		.where(eq(legislativeTerm.bodyId, bodyId))
		.orderBy(legislativeTerm.startDate);
}
