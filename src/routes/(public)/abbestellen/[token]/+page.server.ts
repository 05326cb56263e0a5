import { error } from '@sveltejs/kit';
import { applyUnsubscribe, describeUnsubscribe } from '$lib/server/discussions/unsubscribe';

const INVALID =
	'Dieser Abmeldelink ist ungültig. Bitte nutzen Sie den Link aus einer neueren Mail.';

/**
 * Works without signing in: the signed link names the person and what to stop. Opening it only
 * asks; the button does it, so mail scanners that open links change nothing.
 */
export async function load({ params }) {
	const info = await describeUnsubscribe(params.token);
	if (!info) error(404, INVALID);
	return { info };
}

export const actions = {
	default: async ({ params }) => {
		const info = await applyUnsubscribe(params.token);
		if (!info) error(404, INVALID);
		return { done: true };
	}
};
