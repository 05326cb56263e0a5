import { and, eq, lt } from 'drizzle-orm';
import { db } from '../db';
import { getAuth } from './auth';
import { authHeaders, setCookiesOf, type RequestContext } from './request-context';
import { session } from './schema';
import { toSessionUser, type AuthUserRecord } from './session-user';
import type { SessionUser } from './types';

export interface LoadedSession {
	user: SessionUser | null;
	sessionId: string | null;
	/** Refreshed or cleared cookies to send back. */
	setCookies: string[];
}

const SESSION_COOKIE = 'kommunalnetz.session_token';
/** How stale "last active" may get before a request writes it again. */
const TOUCH_AFTER_MS = 5 * 60 * 1000;

/**
 * Reads the session of a request from the database (no cookie cache, so an ended session or a
 * deactivated account takes effect on the very next request).
 */
export async function loadSession(
	request: RequestContext,
	now: Date = new Date()
): Promise<LoadedSession> {
	const none: LoadedSession = { user: null, sessionId: null, setCookies: [] };
	// Most visitors have no session; they cost no database round trip.
	if (!request.cookie?.includes(SESSION_COOKIE)) return none;
	const auth = await getAuth();
	const { headers, response } = await auth.api.getSession({
		headers: authHeaders(request),
		returnHeaders: true
	});
	const setCookies = setCookiesOf(headers);
	if (!response) return { ...none, setCookies };
	const record = response.user as AuthUserRecord;
	if (record.deactivatedAt) {
		await db.delete(session).where(eq(session.id, response.session.id));
		return { ...none, setCookies };
	}
	if (now.getTime() - new Date(response.session.updatedAt).getTime() > TOUCH_AFTER_MS) {
		await db
			.update(session)
			.set({ updatedAt: now })
			.where(
				and(
					eq(session.id, response.session.id),
					lt(session.updatedAt, new Date(now.getTime() - TOUCH_AFTER_MS))
				)
			);
	}
	return { user: toSessionUser(record), sessionId: response.session.id, setCookies };
}
