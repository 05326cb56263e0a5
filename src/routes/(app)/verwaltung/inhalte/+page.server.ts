import { requireAccess } from '$lib/server/auth/policy';
import { listAllNews } from '$lib/server/content/news/list-news';

export async function load(event) {
	const user = requireAccess(event, 'content.manage');
	const deleted = event.url.searchParams.has('geloescht');
	return { posts: await listAllNews(user), deleted };
}
