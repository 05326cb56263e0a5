/**
 * RFC 2369 List-Unsubscribe and RFC 8058 one-click: mail providers POST
 * `List-Unsubscribe=One-Click` to the same address. That address needs a `+server.ts` POST
 * handler and its prefix in `scripts/start.js` (ONE_CLICK_PATHS), as such posts come without an
 * Origin header.
 */
export function unsubscribeHeaders(unsubscribeUrl: string): Record<string, string> {
	return {
		'List-Unsubscribe': `<${unsubscribeUrl}>`,
		'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
	};
}
