import { eq } from 'drizzle-orm';
import { Feed } from 'feed';
import { MOTION_TYPE_LABELS, type MotionType } from '$lib/shared/motions';
import { searchPageHref } from '$lib/shared/saved-searches';
import { absoluteUrl } from '../auth/public-origin';
import { hashToken } from '../auth/tokens';
import { db } from '../db';
import { instanceConfig } from '../instance/instance-config';
import { isWellFormedFeedToken } from './feed-token';
import { loadAlertOwner } from './owner';
import { savedSearchResults } from './saved-search-results';
import { savedSearch } from './schema';

/** Entries per feed: the newest results; older ones are on the search page. */
const FEED_ENTRIES = 50;

/**
 * The feed package marks entry titles and summaries as `type="html"`; ours are plain text, so
 * they are escaped: a title "A & B <Entwurf>" reads as written, never as markup.
 */
function asHtml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * The Atom feed of a saved search, or null (answered as 404) for an unknown or revoked token
 * and for an owner whose account no longer keeps saved searches. The token acts as the owner
 * with their current role and factions: a demoted owner's feed shrinks at the next fetch.
 */
export async function savedSearchFeed(token: string): Promise<string | null> {
	if (!isWellFormedFeedToken(token)) return null;
	const [search] = await db
		.select()
		.from(savedSearch)
		.where(eq(savedSearch.feedTokenHash, hashToken(token)));
	if (!search) return null;
	const owner = await loadAlertOwner(search.userId);
	if (!owner) return null;

	const { items } = await savedSearchResults({
		viewer: owner.viewer,
		search,
		limit: FEED_ENTRIES
	});
	const site = instanceConfig();
	const selfUrl = absoluteUrl(`/feeds/suche/${token}.xml`);
	const updated = items.reduce(
		(latest, item) => (item.modifiedAt > latest ? item.modifiedAt : latest),
		search.modifiedAt
	);
	const feed = new Feed({
		// The search's own id, not the address: the entry ids stay the same after a new token.
		id: `urn:uuid:${search.id}`,
		title: `${search.name} – ${site.networkShortName}`,
		description: `Gespeicherte Suche „${search.name}“`,
		link: absoluteUrl(searchPageHref(search.query, search.filters)),
		feedLinks: { atom: selfUrl },
		language: 'de',
		updated,
		generator: site.networkName,
		copyright: site.networkName
	});
	for (const item of items) {
		const kind = item.kind ? MOTION_TYPE_LABELS[item.kind as MotionType] : undefined;
		feed.addItem({
			id: `urn:uuid:${item.id}`,
			title: asHtml(item.title),
			link: absoluteUrl(item.url),
			date: item.modifiedAt,
			published: item.date ? new Date(`${item.date}T00:00:00Z`) : undefined,
			description: item.snippet ? asHtml(item.snippet) : undefined,
			category: kind ? [{ name: kind, term: item.kind! }] : undefined
		});
	}
	return feed.atom1();
}
