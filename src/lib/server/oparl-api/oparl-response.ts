import { conditionalResponse } from '../content/seo/conditional-response';
import type { OparlAnswer } from './serve-oparl';

/**
 * Any site may read the API from a browser (OParl 1.1, 2.4 asks for CORS). Requests go without
 * credentials (`*` forbids them), so a visitor's session never travels along; the answers are
 * the same for everyone anyway.
 */
const CORS_HEADERS: Record<string, string> = {
	'access-control-allow-origin': '*',
	'access-control-expose-headers': 'ETag'
};

/**
 * JSON is never a document: no script, frame or plugin may run from it even if a browser were
 * tricked into rendering it. SvelteKit writes its CSP only for pages, not for endpoints.
 */
const JSON_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** Public data changes rarely; a minute of caching spares crawlers, ETag makes revalidation cheap. */
const MAX_AGE_SECONDS = 60;

export function oparlResponse(request: Request, answer: OparlAnswer): Response {
	if (answer.status !== 200) {
		return new Response(JSON.stringify({ message: answer.message }), {
			status: answer.status,
			headers: {
				...CORS_HEADERS,
				'content-type': 'application/json; charset=utf-8',
				'content-security-policy': JSON_CSP,
				'cache-control': 'no-store'
			}
		});
	}
	const response = conditionalResponse(request, JSON.stringify(answer.body), {
		contentType: 'application/json; charset=utf-8',
		maxAgeSeconds: MAX_AGE_SECONDS
	});
	for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
	response.headers.set('content-security-policy', JSON_CSP);
	return response;
}

/** CORS preflight: a browser asks before sending conditional headers such as If-None-Match. */
export function oparlPreflight(): Response {
	return new Response(null, {
		status: 204,
		headers: {
			...CORS_HEADERS,
			'access-control-allow-methods': 'GET, HEAD, OPTIONS',
			'access-control-allow-headers': 'Accept, If-None-Match, If-Modified-Since, Cache-Control',
			'access-control-max-age': '86400'
		}
	});
}
