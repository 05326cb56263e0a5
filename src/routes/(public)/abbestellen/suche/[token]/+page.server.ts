import { error } from '@sveltejs/kit';
import { applyAlertUnsubscribe, describeAlertUnsubscribe } from '$lib/server/alerts/unsubscribe';

const INVALID =
	'Dieser Abmeldelink ist ungültig oder die Suche wurde gelöscht. Ihre gespeicherten Suchen finden Sie nach der Anmeldung unter „Konto“ → „Gespeicherte Suchen“.';

/**
 * Works without signing in: the signed link names the person and the saved search. Opening it
 * only asks; the button does it, so mail scanners that open links change nothing.
 */
export async function load({ params }) {
	const info = await describeAlertUnsubscribe(params.token);
	if (!info) error(404, INVALID);
	return { info };
}

export const actions = {
	default: async ({ params }) => {
		const info = await applyAlertUnsubscribe(params.token);
		if (!info) error(404, INVALID);
		return { done: true };
	}
};
