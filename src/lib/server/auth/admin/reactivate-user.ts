import { and, eq, isNotNull } from 'drizzle-orm';
import { personLabel, recordAudit } from '../../audit/record-audit';
import { db } from '../../db';
import { AuthError } from '../errors';
import { assertCan } from '../policy';
import { user } from '../schema';
import type { SessionUser } from '../types';

/** Lets a deactivated account sign in again, with the role it had. */
export async function reactivateUser(options: {
	actor: SessionUser | null;
	userId: string;
	ip?: string | null;
}): Promise<void> {
	assertCan(options.actor, 'admin.users');
	const [row] = await db
		.update(user)
		.set({ deactivatedAt: null })
		.where(and(eq(user.id, options.userId), isNotNull(user.deactivatedAt)))
		.returning();
	if (!row) {
		const [exists] = await db.select({ id: user.id }).from(user).where(eq(user.id, options.userId));
		throw new AuthError(exists ? 'not_deactivated' : 'not_found');
	}
	await recordAudit({
		actor: options.actor,
		action: 'user.reactivate',
		targetType: 'user',
		targetId: row.id,
		targetLabel: personLabel(row.name, row.email),
		details: { role: row.role },
		ip: options.ip
	});
}
