import { error } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { getPublishedNewsPost } from '$lib/server/content/news/get-news-post';

export async function load(event) {
	requireAccess(event, 'public.read');
	const post = await getPublishedNewsPost(event.params.slug);
	// Drafts answer exactly like unknown addresses: nobody learns that a draft exists.
	if (!post) error(404, 'Diesen Beitrag gibt es nicht.');
	return { post };
}
