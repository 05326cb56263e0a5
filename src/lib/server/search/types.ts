import type { SearchFilters, SearchItem, SearchSort, SearchType } from '$lib/shared/search';
import type { SessionUser } from '../auth/types';

export interface SearchRequest {
	actor: SessionUser | null;
	/** Trimmed; empty lists everything of the type the actor may see. */
	query: string;
	limit: number;
	offset: number;
	/** Facet filters of the document search; a type without these facets finds nothing under them. */
	filters?: SearchFilters;
	sort?: SearchSort;
}

/**
 * One kind of thing the search finds. A provider scopes its query to what the actor may see
 * (never filters afterwards, so `total` and pages are right) and counts each item once.
 */
export interface SearchProvider {
	type: SearchType;
	search(
		request: SearchRequest
	): Promise<{ total: number; totalCapped?: boolean; items: SearchItem[] }>;
}
