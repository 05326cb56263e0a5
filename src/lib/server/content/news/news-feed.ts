import { Feed } from 'feed';
import { absoluteUrl, publicOrigin } from '../../auth/public-origin';
import { instanceConfig } from '../../instance/instance-config';
import { getPublishedNewsPost } from './get-news-post';
import { listPublishedNews } from './list-news';

export const NEWS_FEED_PATH = '/feeds/news.xml';
const FEED_ENTRIES = 20;

/** Feed readers show content away from our site: our relative links and images need the origin. */
export function absolutizeLinks(html: string, origin = publicOrigin()): string {
	return html.replace(/\s(href|src)="\/(?!\/)/g, ` $1="${origin}/`);
}

/**
 * The Atom feed of published news (DESIGN.md contract `/feeds/news.xml`): the newest posts with
 * their full text. Drafts never appear; `updated` is the newest change, for conditional requests.
 */
export async function buildNewsFeed(): Promise<{ xml: string; updated: Date }> {
	const config = instanceConfig();
	const { items } = await listPublishedNews({ pageSize: FEED_ENTRIES });
	const updated = items.reduce(
		(newest, item) => (item.updatedAt > newest ? item.updatedAt : newest),
		new Date(0)
	);
	const feed = new Feed({
		id: absoluteUrl('/aktuelles'),
		title: `Aktuelles – ${config.networkName}`,
		description: config.description,
		link: absoluteUrl('/aktuelles'),
		language: 'de',
		updated,
		generator: 'Kommunalnetz',
		feedLinks: { atom: absoluteUrl(NEWS_FEED_PATH) },
		author: { name: config.networkName, link: absoluteUrl('/') },
		copyright: config.networkName
	});
	for (const item of items) {
		const article = await getPublishedNewsPost(item.slug);
		if (!article) continue;
		const cover = item.cover
			? `<p><img src="${item.cover.src}" alt="${escapeAttribute(item.cover.alt)}"></p>`
			: '';
		feed.addItem({
			id: absoluteUrl(`/aktuelles/${item.slug}`),
			title: item.title,
			link: absoluteUrl(`/aktuelles/${item.slug}`),
			description: item.teaser,
			content: absolutizeLinks(cover + article.html),
			date: item.updatedAt,
			published: item.publishedAt ?? item.updatedAt,
			author: (item.authors.length > 0 ? item.authors : [config.networkName]).map((name) => ({
				name
			})),
			category: item.tags.map((tag) => ({ name: tag, term: tag }))
		});
	}
	return { xml: feed.atom1(), updated };
}

function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
