import { error } from '@sveltejs/kit';
import {
	applyNewsletterUnsubscribe,
	describeNewsletterUnsubscribe
} from '$lib/server/newsletter/opt-out';

const INVALID =
	'Dieser Abmeldelink ist ungültig oder das Konto gibt es nicht mehr. Nach der Anmeldung stellen Sie Rundbriefe unter „Konto“ ab.';

/**
 * Works without signing in: the signed link names the account. Opening it only asks; the button
 * does it, so mail scanners that open links change nothing. Mail providers' one-click POSTs
 * (RFC 8058) go to `+server.ts` beside this page.
 */
export async function load({ params }) {
	const info = await describeNewsletterUnsubscribe(params.token);
	if (!info) error(404, INVALID);
	return { info };
}

export const actions = {
	default: async ({ params }) => {
		const info = await applyNewsletterUnsubscribe(params.token);
		if (!info) error(404, INVALID);
		return { done: true };
	}
};
