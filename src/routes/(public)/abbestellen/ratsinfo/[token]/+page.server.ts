import { error } from '@sveltejs/kit';
import { applyUnfollowLink, describeUnfollowLink } from '$lib/server/oparl/briefings/unfollow-link';

const INVALID =
	'Dieser Abmeldelink ist ungültig oder die Vertretung gibt es im Ratsinfo nicht mehr. Nach der Anmeldung verwalten Sie gefolgte Räte unter „Konto“.';

/**
 * Works without signing in: the signed link names the person and the council. Opening it only
 * asks; the button stops the briefings, so mail scanners that open links change nothing. Mail
 * providers' one-click POSTs (RFC 8058) go to `+server.ts` beside this page.
 */
export async function load({ params }) {
	const info = await describeUnfollowLink(params.token);
	if (!info) error(404, INVALID);
	return { info };
}

export const actions = {
	default: async ({ params }) => {
		const info = await applyUnfollowLink(params.token);
		if (!info) error(404, INVALID);
		return { done: true };
	}
};
