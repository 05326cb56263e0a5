import type { SearchItem, SearchType } from '$lib/shared/search';
import type { SessionUser } from '../auth/types';

export interface SearchRequest {
	actor: SessionUser | null;
	/** Trimmed; empty lists everything of the type the actor may see. */
	query: string;
	limit: number;
	offset: number;
}

/**
 * One kind of thing the search finds. A provider scopes its query to what the actor may see
 * (never filters afterwards, so `total` and pages are right) and counts each item once.
 */
export interface SearchProvider {
	type: SearchType;
	search(request: SearchRequest): Promise<{ total: number; items: SearchItem[] }>;
}
