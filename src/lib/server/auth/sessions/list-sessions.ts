import { and, desc, eq, gt } from 'drizzle-orm';
import { db } from '../../db';
import { assertCan } from '../policy';
import { session } from '../schema';
import type { SessionUser } from '../types';
import { describeUserAgent } from './describe-user-agent';

export interface SessionListItem {
	id: string;
	device: string;
	userAgent: string | null;
	ipAddress: string | null;
	createdAt: Date;
	lastActiveAt: Date;
	current: boolean;
}

/** The person's own open sessions, the current one first, then by last activity. */
export async function listSessions(options: {
	actor: SessionUser | null;
	currentSessionId: string | null;
	now?: Date;
}): Promise<SessionListItem[]> {
	assertCan(options.actor, 'account.manage');
	const rows = await db
		.select()
		.from(session)
		.where(
			and(eq(session.userId, options.actor.id), gt(session.expiresAt, options.now ?? new Date()))
		)
		.orderBy(desc(session.updatedAt));
	return rows
		.map((row) => ({
			id: row.id,
			device: describeUserAgent(row.userAgent),
			userAgent: row.userAgent,
			ipAddress: row.ipAddress || null,
			createdAt: row.createdAt,
			lastActiveAt: row.updatedAt,
			current: row.id === options.currentSessionId
		}))
		.sort((a, b) => Number(b.current) - Number(a.current));
}
