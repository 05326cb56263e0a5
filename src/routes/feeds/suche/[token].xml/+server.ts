import { error } from '@sveltejs/kit';
import { savedSearchFeed } from '$lib/server/alerts/saved-search-feed';

/**
 * The private Atom feed of a saved search. No session: the secret address is the permission,
 * and the results are the owner's (see `savedSearchFeed`). Unknown, revoked and deactivated
 * look the same (404). Never cached by shared caches, never indexed.
 */
export async function GET({ params }) {
	const xml = await savedSearchFeed(params.token);
	if (xml === null) error(404, 'Diesen Feed gibt es nicht (mehr).');
	return new Response(xml, {
		headers: {
			'content-type': 'application/atom+xml; charset=utf-8',
			'cache-control': 'private, no-cache',
			'x-robots-tag': 'noindex, nofollow',
			'referrer-policy': 'no-referrer'
		}
	});
}
