import { text } from '@sveltejs/kit';
import {
	applyCommentMailUnsubscribe,
	describeCommentMailUnsubscribe
} from '$lib/server/motions/comments/notifications/unsubscribe';

/**
 * RFC 8058 one-click unsubscribe from comment mails (the newsletter's endpoint explains the
 * mechanism): stops the mails about the motion the mail was about. Stopping all is on the page.
 */
export async function POST({ params, request }) {
	const body = await request.text();
	if (!body.includes('One-Click'))
		return text('Erwartet: List-Unsubscribe=One-Click', { status: 400 });
	const info = await applyCommentMailUnsubscribe(params.token, 'motion');
	if (!info) return text('Ungültiger Abmeldelink', { status: 404 });
	return text('Abbestellt: keine Mails mehr zu Kommentaren an diesem Antrag.');
}

/** A GET that does not ask for HTML changes nothing, like the page. */
export async function GET({ params }) {
	const info = await describeCommentMailUnsubscribe(params.token);
	if (!info) return text('Ungültiger Abmeldelink', { status: 404 });
	return text('Zum Abbestellen den Knopf auf dieser Seite im Browser nutzen.');
}
