import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { AccountRole } from '../../../shared/roles';
import { session, user } from '../schema';

/** One account as the board's people list shows it. */
export interface AccountSummary {
	id: string;
	name: string;
	email: string;
	role: AccountRole;
	emailVerified: boolean;
	twoFactorEnabled: boolean;
	deactivatedAt: Date | null;
	accessExpiresAt: Date | null;
	createdAt: Date;
	lastActiveAt: Date | null;
	openSessions: number;
}

/** Columns for selecting AccountSummary rows from `user`. */
export function accountSummaryColumns(now: Date) {
	return {
		id: user.id,
		name: user.name,
		email: user.email,
		role: user.role,
		emailVerified: user.emailVerified,
		twoFactorEnabled: sql<boolean>`coalesce(${user.twoFactorEnabled}, false)`.mapWith(Boolean),
		deactivatedAt: user.deactivatedAt,
		accessExpiresAt: user.accessExpiresAt,
		createdAt: user.createdAt,
		lastActiveAt:
			sql<Date | null>`(select max(${session.updatedAt}) from ${session} where ${session.userId} = ${user.id})`.mapWith(
				session.updatedAt
			),
		openSessions:
			sql<number>`(select ${count()} from ${session} where ${and(eq(session.userId, user.id), gt(session.expiresAt, now))})`.mapWith(
				Number
			)
	};
}
