import { error } from '@sveltejs/kit';
import {
	applyCommentMailUnsubscribe,
	describeCommentMailUnsubscribe
} from '$lib/server/motions/comments/notifications/unsubscribe';

const INVALID = 'Dieser Abmeldelink ist ungültig.';

/**
 * Works without signing in: the signed link names the author and the motion. Opening it only
 * asks; a button does it, so mail scanners that open links change nothing.
 */
export async function load({ params, url }) {
	const info = await describeCommentMailUnsubscribe(params.token);
	if (!info) error(404, INVALID);
	return { info, allFirst: url.searchParams.has('alle') };
}

async function apply(token: string, scope: 'motion' | 'all') {
	const info = await applyCommentMailUnsubscribe(token, scope);
	if (!info) error(404, INVALID);
	return { done: scope };
}

export const actions = {
	motion: ({ params }) => apply(params.token, 'motion'),
	all: ({ params }) => apply(params.token, 'all')
};
