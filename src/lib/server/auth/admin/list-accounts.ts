import { and, asc, count, eq, ilike, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import type { AccountRole } from '../../../shared/roles';
import { db } from '../../db';
import { likePattern } from '../like-pattern';
import { assertCan } from '../policy';
import { user } from '../schema';
import type { SessionUser } from '../types';
import { accountSummaryColumns, type AccountSummary } from './account-summary';

export type AccountStatusFilter = 'all' | 'active' | 'deactivated';

export interface AccountList {
	total: number;
	page: number;
	pageSize: number;
	items: AccountSummary[];
}

/** The board's people list: search by name or address, filter by role and status, 25 a page. */
export async function listAccounts(options: {
	actor: SessionUser | null;
	query?: string;
	role?: AccountRole | null;
	status?: AccountStatusFilter;
	page?: number;
	pageSize?: number;
	now?: Date;
}): Promise<AccountList> {
	assertCan(options.actor, 'admin.users');
	const pageSize = Math.min(Math.max(options.pageSize ?? 25, 1), 100);
	const conditions: SQL[] = [];
	const text = options.query?.trim();
	if (text)
		conditions.push(or(ilike(user.name, likePattern(text)), ilike(user.email, likePattern(text)))!);
	if (options.role) conditions.push(eq(user.role, options.role));
	if (options.status === 'active') conditions.push(isNull(user.deactivatedAt));
	if (options.status === 'deactivated') conditions.push(isNotNull(user.deactivatedAt));
	const where = conditions.length > 0 ? and(...conditions) : undefined;

	const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(user).where(where);
	const pages = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(Math.max(Math.trunc(options.page ?? 1), 1), pages);
	const items = await db
		.select(accountSummaryColumns(options.now ?? new Date()))
		.from(user)
		.where(where)
		.orderBy(asc(user.name), asc(user.email))
		.limit(pageSize)
		.offset((page - 1) * pageSize);
	return { total, page, pageSize, items };
}
