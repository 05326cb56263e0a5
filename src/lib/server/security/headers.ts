import { setResponseHeaders } from '../http/set-response-headers';
import BASELINE_HEADERS from './baseline-headers.json';

/**
 * Response headers every page and endpoint gets. The Content-Security-Policy is not here:
 * SvelteKit writes it (with hashes of its own inline scripts) from svelte.config.js.
 */
export interface SecurityHeaderOptions {
	/** The public address (ORIGIN); HSTS is sent only when it is https. */
	origin: string | undefined;
	/** Responses for signed-in people carry personal data and must not be stored by any cache. */
	signedIn: boolean;
}

/** One year, the shortest that counts as long-lived for browsers' HSTS handling. */
const HSTS_MAX_AGE = 365 * 24 * 60 * 60;

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
	// The constant part lives in JSON because scripts/start.js also sets it on static files, which
	// adapter-node serves before any hook runs. X-Frame-Options repeats CSP frame-ancestors for
	// older browsers.
	const headers: Record<string, string> = { ...BASELINE_HEADERS };
	if (isHttps(options.origin))
		headers['Strict-Transport-Security'] = `max-age=${HSTS_MAX_AGE}; includeSubDomains`;
	if (options.signedIn) headers['Cache-Control'] = 'private, no-store';
	return headers;
}

/** Sets the security headers on a response. */
export function applySecurityHeaders(response: Response, options: SecurityHeaderOptions): Response {
	const headers = securityHeaders(options);
	return setResponseHeaders(response, (target) => {
		for (const [name, value] of Object.entries(headers)) target.set(name, value);
	});
}

function isHttps(origin: string | undefined): boolean {
	if (!origin) return false;
	try {
		return new URL(origin).protocol === 'https:';
	} catch {
		return false;
	}
}
