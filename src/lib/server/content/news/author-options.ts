import { and, asc, inArray, isNull } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import { user } from '../../auth/schema';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';

/** Accounts the board may name as authors: members and up, active. */
export async function listAuthorOptions(
	actor: SessionUser | null
): Promise<{ value: string; label: string }[]> {
	assertCan(actor, 'content.manage');
	const rows = await db
		.select({ id: user.id, name: user.name })
		.from(user)
		.where(
			and(inArray(user.role, ['member', 'faction_admin', 'board']), isNull(user.deactivatedAt))
		)
		.orderBy(asc(user.name));
	return rows.map((row) => ({ value: row.id, label: row.name }));
}
