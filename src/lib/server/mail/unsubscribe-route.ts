import { error, text } from '@sveltejs/kit';

/**
 * The route behind a signed unsubscribe link in mails (`/abbestellen/<kind>/[token]`), so each kind
 * of link only says what it stops. One address serves three visitors:
 * - a person's browser opens the page (`load`), which only asks; its button (`action`) acts.
 *   Opening must never act: mail scanners and link previews open every link.
 * - mail providers POST `List-Unsubscribe=One-Click` (RFC 8058) to the List-Unsubscribe header's
 *   address without a browser (`POST` in `+server.ts`; SvelteKit sends POSTs that accept HTML to
 *   the page's action instead). The signed token is the authorisation; the body only says which
 *   kind of request this is. Its path prefix belongs in scripts/start.js ONE_CLICK_PATHS.
 * - a GET that does not ask for HTML (link checkers, scripts) reaches `GET` in `+server.ts`: it
 *   changes nothing and answers as the page would.
 * Tokens come from `auth/signed-link.ts`: `describe` and `apply` return null for a token that is
 * forged, altered, signed for another purpose, or whose person or subject is gone.
 */
export interface UnsubscribeLink<Info> {
	/** What the link is about, changing nothing. */
	describe(token: string): Promise<Info | null>;
	/** Stops what a one-click request stops; doing it twice changes nothing. */
	apply(token: string): Promise<Info | null>;
	/** The plain-text answer to a one-click request that worked. */
	done(info: Info): string;
	/** The page's German message for a link that is not (or no longer) genuine. */
	invalid: string;
}

interface TokenEvent {
	params: { token: string };
}

const NO_STORE = { 'cache-control': 'no-store' };

function answer(body: string, status = 200): Response {
	return text(body, { status, headers: NO_STORE });
}

export function unsubscribeRoute<Info>(link: UnsubscribeLink<Info>) {
	return {
		async load({ params }: TokenEvent): Promise<{ info: Info }> {
			const info = await link.describe(params.token);
			if (!info) error(404, link.invalid);
			return { info };
		},

		/** The page's button, which can be pressed again. */
		async action({ params }: TokenEvent): Promise<{ done: true }> {
			if (!(await link.apply(params.token))) error(404, link.invalid);
			return { done: true };
		},

		async POST({ params, request }: TokenEvent & { request: Request }): Promise<Response> {
			// Providers send the pair form-urlencoded or as multipart/form-data: both contain it.
			if (!(await request.text()).includes('One-Click'))
				return answer('Erwartet: List-Unsubscribe=One-Click', 400);
			const info = await link.apply(params.token);
			if (!info) return answer('Ungültiger Abmeldelink', 404);
			return answer(link.done(info));
		},

		async GET({ params }: TokenEvent): Promise<Response> {
			if (!(await link.describe(params.token))) return answer('Ungültiger Abmeldelink', 404);
			return answer('Zum Abbestellen den Knopf auf dieser Seite im Browser nutzen.');
		}
	};
}
