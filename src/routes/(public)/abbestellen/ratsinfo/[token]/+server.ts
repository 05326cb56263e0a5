import { text } from '@sveltejs/kit';
import { applyUnfollowLink, describeUnfollowLink } from '$lib/server/oparl/briefings/unfollow-link';

/**
 * RFC 8058 one-click: mail providers POST `List-Unsubscribe=One-Click` here without a browser
 * (scripts/start.js lets this path's origin-less POSTs through; the signed token is the
 * authorisation). A browser's form post goes to the page's action instead.
 */
export async function POST({ params, request }) {
	const body = await request.text();
	if (!body.includes('One-Click'))
		return text('Erwartet: List-Unsubscribe=One-Click', { status: 400 });
	const info = await applyUnfollowLink(params.token);
	if (!info) return text('Ungültiger Abmeldelink', { status: 404 });
	return text(`Abbestellt: Sie erhalten keine Mails mehr zu ${info.bodyName}.`);
}

/** A GET that does not ask for HTML (link checkers) changes nothing, like the page. */
export async function GET({ params }) {
	const info = await describeUnfollowLink(params.token);
	if (!info) return text('Ungültiger Abmeldelink', { status: 404 });
	return text('Zum Abbestellen den Knopf auf dieser Seite im Browser nutzen.');
}
