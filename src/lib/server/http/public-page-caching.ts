import { setResponseHeaders } from './set-response-headers';

/**
 * Caching of pages as anonymous visitors get them. Such a page holds nothing personal, so
 * browsers and shared caches (a reverse proxy in front of several app processes) may store it:
 * they revalidate on every use with the ETag SvelteKit puts on rendered pages (a 304 without body
 * when unchanged), and shared caches may keep it for a short while. `Vary: Cookie` keeps a
 * signed-in visitor's request from ever being answered with the anonymous page; signed-in answers
 * are `private, no-store` (security/headers.ts). The CSP uses hashes, not nonces
 * (svelte.config.js): with a nonce, no two answers were alike and the ETag never matched.
 */
export const ANONYMOUS_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=30, must-revalidate';

export function withPublicCaching(
	request: Request,
	response: Response,
	options: { signedIn: boolean }
): Response {
	if (!isCacheable(request, response, options.signedIn)) return response;
	return setResponseHeaders(response, (headers) => {
		headers.set('Cache-Control', ANONYMOUS_PAGE_CACHE_CONTROL);
		headers.append('Vary', 'Cookie');
	});
}

function isCacheable(request: Request, response: Response, signedIn: boolean): boolean {
	if (signedIn || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
	// 304: SvelteKit's answer to a matching If-None-Match, which must repeat the policy.
	if (response.status !== 200 && response.status !== 304) return false;
	// A route that decided itself (feeds, downloads, no-store pages) keeps its own policy.
	if (response.headers.has('cache-control') || response.headers.has('set-cookie')) return false;
	return (
		response.status === 304 || (response.headers.get('content-type') ?? '').startsWith('text/html')
	);
}
