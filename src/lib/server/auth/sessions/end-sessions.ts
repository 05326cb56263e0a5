import { and, eq, ne } from 'drizzle-orm';
import { personLabel, recordAudit } from '../../audit/record-audit';
import { db } from '../../db';
import { AuthError } from '../errors';
import { assertCan } from '../policy';
import { session } from '../schema';
import type { SessionUser } from '../types';

/**
 * Ends one of the person's other sessions (a lost phone, a shared computer). Sessions are read
 * from the database on every request, so the other device is signed out with its next click.
 */
export async function endSession(options: {
	actor: SessionUser | null;
	sessionId: string;
	currentSessionId: string | null;
	ip?: string | null;
}): Promise<void> {
	assertCan(options.actor, 'account.manage');
	if (options.sessionId === options.currentSessionId) throw new AuthError('current_session');
	const deleted = await db
		.delete(session)
		.where(and(eq(session.id, options.sessionId), eq(session.userId, options.actor.id)))
		.returning({ id: session.id });
	if (deleted.length === 0) throw new AuthError('session_not_found');
	await recordAudit({
		actor: options.actor,
		action: 'session.revoke',
		targetType: 'user',
		targetId: options.actor.id,
		targetLabel: personLabel(options.actor.name, options.actor.email),
		details: { count: 1 },
		ip: options.ip
	});
}

/** Ends every session of the person except the one in use. Returns how many ended. */
export async function endOtherSessions(options: {
	actor: SessionUser | null;
	currentSessionId: string | null;
	ip?: string | null;
}): Promise<number> {
	assertCan(options.actor, 'account.manage');
	const others = options.currentSessionId
		? and(eq(session.userId, options.actor.id), ne(session.id, options.currentSessionId))
		: eq(session.userId, options.actor.id);
	const deleted = await db.delete(session).where(others).returning({ id: session.id });
	if (deleted.length > 0) {
		await recordAudit({
			actor: options.actor,
			action: 'session.revoke_others',
			targetType: 'user',
			targetId: options.actor.id,
			targetLabel: personLabel(options.actor.name, options.actor.email),
			details: { count: deleted.length },
			ip: options.ip
		});
	}
	return deleted.length;
}
