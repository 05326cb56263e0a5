/**
 * A link into the council's own system, only when it is an http(s) URL: the data is the
 * source's, and a `javascript:` or `data:` URL from it must never become a link on our pages.
 */
export function httpUrl(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	try {
		const url = new URL(value.trim());
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
	} catch {
		return null;
	}
}
