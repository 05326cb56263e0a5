import { text } from '@sveltejs/kit';
import {
	applyNewsletterUnsubscribe,
	describeNewsletterUnsubscribe
} from '$lib/server/newsletter/opt-out';

/**
 * RFC 8058 one-click unsubscribe: mail providers POST `List-Unsubscribe=One-Click` to the address
 * of the List-Unsubscribe header, without a browser. (A browser's form post on the page goes to
 * its action instead: SvelteKit routes POSTs that accept HTML to the page.) The signed token is
 * the authorisation; the body only says which kind of request this is.
 */
export async function POST({ params, request }) {
	const body = await request.text();
	if (!body.includes('One-Click'))
		return text('Erwartet: List-Unsubscribe=One-Click', { status: 400 });
	const info = await applyNewsletterUnsubscribe(params.token);
	if (!info) return text('Ungültiger Abmeldelink', { status: 404 });
	return text('Abbestellt: Sie erhalten keine Rundbriefe mehr.');
}

/**
 * A GET that does not ask for HTML (link checkers, scripts) lands here rather than on the page.
 * It changes nothing, like the page, and answers as the page would: 404 for a link that is not
 * genuine, otherwise a pointer to the button.
 */
export async function GET({ params }) {
	const info = await describeNewsletterUnsubscribe(params.token);
	if (!info) return text('Ungültiger Abmeldelink', { status: 404 });
	return text('Zum Abbestellen den Knopf auf dieser Seite im Browser nutzen.');
}
