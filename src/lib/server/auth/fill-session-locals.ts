import type { RequestEvent } from '@sveltejs/kit';
import { applySetCookies } from './cookies';
import { loadSession } from './load-session';
import { requestContextOf } from './request-event';

/** For hooks.server.ts: who is asking. Deactivated accounts and ended sessions count as signed out. */
export async function fillSessionLocals(
	event: Pick<RequestEvent, 'request' | 'getClientAddress' | 'cookies' | 'locals'>
): Promise<void> {
	const loaded = await loadSession(requestContextOf(event));
	event.locals.user = loaded.user;
	event.locals.sessionId = loaded.sessionId;
	applySetCookies(event.cookies, loaded.setCookies);
}

/**
 * After an action replaced the session cookie (2FA switched on or off, new password), the load
 * functions that run next in the same request must see the new session, not the one the request
 * came with.
 */
export async function reloadSessionLocals(
	event: Pick<RequestEvent, 'request' | 'getClientAddress' | 'cookies' | 'locals'>
): Promise<void> {
	const cookie = event.cookies
		.getAll()
		.map(({ name, value }) => `${name}=${encodeURIComponent(value)}`)
		.join('; ');
	const loaded = await loadSession({ ...requestContextOf(event), cookie });
	event.locals.user = loaded.user;
	event.locals.sessionId = loaded.sessionId;
}
