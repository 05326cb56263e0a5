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
