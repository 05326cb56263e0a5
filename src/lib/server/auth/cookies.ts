import type { Cookies } from '@sveltejs/kit';
import { parseSetCookieHeader } from 'better-auth/cookies/utils';

/**
 * Copies the cookies better-auth set on a server-side API call into SvelteKit's response. Done by
 * hand rather than with better-auth's sveltekitCookies plugin, which needs `$app/server` and would
 * tie the auth instance to a running SvelteKit.
 */
export function applySetCookies(cookies: Cookies, setCookies: readonly string[]): void {
	for (const line of setCookies) {
		for (const [name, attributes] of parseSetCookieHeader(line)) {
			cookies.set(name, attributes.value, {
				path: attributes.path || '/',
				httpOnly: attributes.httponly ?? false,
				secure: attributes.secure ?? false,
				sameSite: attributes.samesite ?? 'lax',
				maxAge: attributes['max-age'],
				expires: attributes.expires,
				domain: attributes.domain
			});
		}
	}
}
