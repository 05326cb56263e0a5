import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { boot, shutdown } from '$lib/server/app/boot';
import { fillApiTokenLocals, usesApiToken } from '$lib/server/api-tokens/fill-api-token-locals';
import { fillSessionLocals } from '$lib/server/auth/fill-session-locals';
import { env } from '$lib/server/config/env';
import { withPublicCaching } from '$lib/server/http/public-page-caching';
import { applySecurityHeaders } from '$lib/server/security/headers';

export const init: ServerInit = async () => {
	await boot();
	// adapter-node emits this after SIGTERM/SIGINT once open requests have finished.
	process.once('sveltekit:shutdown' as never, () => {
		void shutdown().finally(() => process.exit(0));
	});
};

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.requestId = randomUUID();
	event.locals.user = null;
	event.locals.sessionId = null;
	// A program with an API token on /api/v1 is its owner; everything else goes by the session cookie.
	const tokenRequest = usesApiToken(event);
	const refusal = tokenRequest ? await fillApiTokenLocals(event) : null;
	if (!tokenRequest) await fillSessionLocals(event);
	const signedIn = event.locals.user !== null;
	const response = refusal ?? withPublicCaching(event.request, await resolve(event), { signedIn });
	return applySecurityHeaders(response, { origin: env().ORIGIN, signedIn });
};

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const errorId = event.locals.requestId ?? randomUUID();
	if (status >= 500)
		console.error(`[${errorId}] ${event.request.method} ${event.url.pathname}`, error);
	return {
		message:
			status === 404
				? 'Seite nicht gefunden'
				: status >= 500
					? 'Ein interner Fehler ist aufgetreten'
					: message,
		errorId
	};
};
