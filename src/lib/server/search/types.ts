import type { SearchFilters, SearchItem, SearchSort, SearchType } from '$lib/shared/search';
import type { SessionUser } from '../auth/types';
import type { MotionViewer } from '../motions/visibility';

export interface SearchRequest {
	actor: SessionUser | null;
	/** Trimmed; empty lists everything of the type the actor may see. */
	query: string;
	limit: number;
	offset: number;
	/** Facet filters of the document search; a type without these facets finds nothing under them. */
	filters?: SearchFilters;
	sort?: SearchSort;
	/** The actor as the document rules see them, when the caller has loaded it already. */
	viewer?: MotionViewer;
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
