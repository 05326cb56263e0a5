import { error, json } from '@sveltejs/kit';
import { requireApiAccess } from '$lib/server/auth/policy';
import { motionJson } from '$lib/server/motions/api/motion-json';
import { getMotion } from '$lib/server/motions/get-motion';

/**
 * One motion, for whoever may read it on its page; a hidden draft answers exactly like an unknown
 * id, so the API never confirms that it exists.
 */
export async function GET(event) {
	requireApiAccess(event, 'public.read');
	const view = await getMotion(event.locals.user, event.params.id);
	if (!view) error(404, 'Diesen Antrag gibt es nicht.');
	// Answers differ per caller: no shared cache may keep one for another.
	return json(motionJson(view), {
		headers: { 'cache-control': 'private, no-store', vary: 'cookie, authorization' }
	});
}
