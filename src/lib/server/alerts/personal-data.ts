import { asc, count, eq } from 'drizzle-orm';
import type { AlertFrequency, SavedSearchFilters } from '$lib/shared/saved-searches';
import { db } from '../db';
import { savedSearch, savedSearchHit } from './schema';

export interface SavedSearchData {
	name: string;
	query: string;
	filters: SavedSearchFilters;
	frequency: AlertFrequency;
	createdAt: Date;
	modifiedAt: Date;
	lastMailedAt: Date | null;
	/** How many results were mailed (the mails themselves are in the export's `mails`). */
	mailedResults: number;
}

/**
 * A person's saved searches for their data download. The feed address is left out: it is a key
 * (it opens results as the person), and the person sees it on /konto/suchen anyway.
 */
export async function exportSavedSearches(userId: string): Promise<SavedSearchData[]> {
	return db
		.select({
			name: savedSearch.name,
			query: savedSearch.query,
			filters: savedSearch.filters,
			frequency: savedSearch.frequency,
			createdAt: savedSearch.createdAt,
			modifiedAt: savedSearch.modifiedAt,
			lastMailedAt: savedSearch.lastMailedAt,
			mailedResults: count(savedSearchHit.sourceId)
		})
		.from(savedSearch)
		.leftJoin(savedSearchHit, eq(savedSearchHit.savedSearchId, savedSearch.id))
		.where(eq(savedSearch.userId, userId))
		.groupBy(savedSearch.id)
		.orderBy(asc(savedSearch.createdAt));
}
