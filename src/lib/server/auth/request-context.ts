import { CLIENT_IP_HEADER } from './create-auth';

/**
 * What services need to know about the request that triggered them. Routes build it from the
 * event (getClientAddress, headers); tests build it by hand.
 */
export interface RequestContext {
	ip: string;
	userAgent?: string | null;
	/** The request's Cookie header: session, pending second factor. */
	cookie?: string | null;
}

/** Headers for a server-side `auth.api.*` call: only what better-auth needs, nothing spoofable. */
export function authHeaders(request: RequestContext): Headers {
	const headers = new Headers();
	if (request.cookie) headers.set('cookie', request.cookie);
	if (request.userAgent) headers.set('user-agent', request.userAgent.slice(0, 500));
	headers.set(CLIENT_IP_HEADER, request.ip);
	return headers;
}

/** Set-Cookie lines better-auth wants sent back to the browser. */
export function setCookiesOf(headers: Headers | null | undefined): string[] {
	return headers?.getSetCookie() ?? [];
}
