import { asc, eq } from 'drizzle-orm';
import {
	searchPageHref,
	type AlertFrequency,
	type SavedSearchFilters
} from '$lib/shared/saved-searches';
import { resolveAuthSecret } from '../auth/auth-secret';
import { assertCan } from '../auth/policy';
import { hashToken } from '../auth/tokens';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { describeFilters, type FilterDescription } from './describe-filters';
import { feedToken, feedUrl } from './feed-token';
import { savedSearch } from './schema';

export interface SavedSearchView {
	id: string;
	name: string;
	query: string;
	filters: SavedSearchFilters;
	filterDescriptions: FilterDescription[];
	frequency: AlertFrequency;
	/** The search page with these words and filters: every current result. */
	searchHref: string;
	/** The private feed address; shown to the owner only. */
	feedUrl: string;
	lastMailedAt: Date | null;
	createdAt: Date;
}

/** The actor's saved searches, by name, with their feed addresses. */
export async function listSavedSearches(options: {
	actor: SessionUser | null;
}): Promise<SavedSearchView[]> {
	const { actor } = options;
	assertCan(actor, 'alerts.manage');
	const rows = await db
		.select()
		.from(savedSearch)
		.where(eq(savedSearch.userId, actor.id))
		.orderBy(asc(savedSearch.name), asc(savedSearch.createdAt));
	const secret = await resolveAuthSecret();
	const descriptions = await describeFilters(rows.map((row) => row.filters));
	const views: SavedSearchView[] = [];
	for (const row of rows) {
		const token = feedToken(row.id, row.feedNonce, secret);
		const hash = hashToken(token);
		// Only after the instance's auth secret changed: the old addresses stopped working with it,
		// so the lookup hash follows the address the owner is shown now.
		if (hash !== row.feedTokenHash) {
			await db.update(savedSearch).set({ feedTokenHash: hash }).where(eq(savedSearch.id, row.id));
		}
		views.push({
			id: row.id,
			name: row.name,
			query: row.query,
			filters: row.filters,
			filterDescriptions: descriptions.get(row.filters) ?? [],
			frequency: row.frequency,
			searchHref: searchPageHref(row.query, row.filters),
			feedUrl: feedUrl(token),
			lastMailedAt: row.lastMailedAt,
			createdAt: row.createdAt
		});
	}
	return views;
}
