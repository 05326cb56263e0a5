import type { SavedSearchFilters } from '$lib/shared/saved-searches';
import type { SearchFilters } from '$lib/shared/search';
import type { MotionViewer } from '../motions/visibility';
import { searchDocuments, type DocumentSearchResult } from '../search/documents/search-documents';

/** Stored filters (all text, as in the URL) in the form the search takes. */
export function searchFiltersOf(filters: SavedSearchFilters): SearchFilters {
	const { year, ...rest } = filters;
	const years = (year ?? []).map(Number).filter((value) => Number.isInteger(value));
	return years.length > 0 ? { ...rest, year: years } : rest;
}

/**
 * A saved search run as its owner: the one document search with the owner's viewer, newest
 * first, so mails and the feed show exactly what the search page would show the owner now.
 * `since` keeps only documents (re)indexed after that instant.
 */
export function savedSearchResults(options: {
	viewer: MotionViewer;
	search: { query: string; filters: SavedSearchFilters };
	since?: Date;
	limit: number;
}): Promise<DocumentSearchResult> {
	return searchDocuments({
		viewer: options.viewer,
		query: options.search.query,
		filters: searchFiltersOf(options.search.filters),
		since: options.since,
		sort: 'date',
		limit: options.limit
	});
}
