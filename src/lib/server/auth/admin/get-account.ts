import { eq } from 'drizzle-orm';
import { db } from '../../db';
import { AuthError } from '../errors';
import { assertCan } from '../policy';
import { user } from '../schema';
import type { SessionUser } from '../types';
import { accountSummaryColumns, type AccountSummary } from './account-summary';

export async function getAccount(options: {
	actor: SessionUser | null;
	userId: string;
	now?: Date;
}): Promise<AccountSummary> {
	assertCan(options.actor, 'admin.users');
	const [row] = await db
		.select(accountSummaryColumns(options.now ?? new Date()))
		.from(user)
		.where(eq(user.id, options.userId));
	if (!row) throw new AuthError('not_found');
	return row;
}
