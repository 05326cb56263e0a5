import type { RequestEvent } from '@sveltejs/kit';
import { hitRateLimit, RATE_LIMITS } from '../security/rate-limit';
import { authenticateApiToken } from './authenticate-api-token';

type LocalsEvent = Pick<RequestEvent, 'request' | 'url' | 'locals'>;

/** Only the JSON API takes tokens; pages and form actions stay with the session cookie. */
const API_PATH = '/api/v1/';

/** A request the token decides for: an Authorization header on the JSON API. */
export function usesApiToken(event: Pick<RequestEvent, 'request' | 'url'>): boolean {
	return event.url.pathname.startsWith(API_PATH) && event.request.headers.has('authorization');
}

function refusal(status: number, message: string, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify({ message }), {
		status,
		headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers }
	});
}

/**
 * For hooks.server.ts: `Authorization: Bearer <token>` acts as the token's owner with the
 * account's current role. Cookies are ignored on such a request, so a program never borrows a
 * browser session (and no cross-site request can use the token, which only the program holds).
 * A token that does not work is refused with 401 rather than treated as anonymous: a program
 * must learn that its token was revoked, not quietly receive only public data.
 */
export async function fillApiTokenLocals(event: LocalsEvent): Promise<Response | null> {
	event.locals.user = null;
	event.locals.sessionId = null;
	const header = event.request.headers.get('authorization') ?? '';
	const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
	const challenge = { 'www-authenticate': 'Bearer realm="api", error="invalid_token"' };
	if (!match) {
		return refusal(401, 'Bitte den API-Token als „Authorization: Bearer <Token>“ senden.', {
			'www-authenticate': 'Bearer realm="api"'
		});
	}
	const holder = await authenticateApiToken(match[1]!);
	if (!holder) {
		return refusal(401, 'Der API-Token ist ungültig, abgelaufen oder widerrufen.', challenge);
	}
	const limit = await hitRateLimit(RATE_LIMITS.apiToken, holder.tokenId);
	if (!limit.allowed) {
		return refusal(429, 'Zu viele Anfragen mit diesem Token. Bitte später erneut versuchen.', {
			'retry-after': String(limit.retryAfterSeconds)
		});
	}
	event.locals.user = holder.user;
	return null;
}
