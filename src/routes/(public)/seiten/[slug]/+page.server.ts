import { error } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { getPublishedCustomPage } from '$lib/server/content/pages/site-page-service';

export async function load(event) {
	requireAccess(event, 'public.read');
	const page = await getPublishedCustomPage(event.params.slug);
	if (!page) error(404, 'Diese Seite gibt es nicht.');
	return { page };
}
