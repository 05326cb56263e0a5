import { requireAccess } from '$lib/server/auth/policy';
import { listPublishedNews, listPublishedTags } from '$lib/server/content/news/list-news';
import { NEWS_PAGE_SIZE } from '$lib/shared/content';

export async function load(event) {
	requireAccess(event, 'public.read');
	const tag = event.url.searchParams.get('schlagwort')?.trim() || null;
	const page = Math.max(1, Number.parseInt(event.url.searchParams.get('seite') ?? '1', 10) || 1);
	const [list, tags] = await Promise.all([listPublishedNews({ tag, page }), listPublishedTags()]);
	return {
		tag,
		page,
		pageCount: Math.max(1, Math.ceil(list.total / NEWS_PAGE_SIZE)),
		total: list.total,
		items: list.items,
		tags
	};
}
