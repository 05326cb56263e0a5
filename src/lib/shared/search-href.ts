import { SEARCH_FACETS, type SearchFilters, type SearchSort, type SearchType } from './search';

export interface SearchState {
	q: string;
	type?: SearchType;
	sort?: SearchSort;
	page?: number;
	filters: SearchFilters;
}

/**
 * The query string of a search, as the search page's form writes it and `GET /api/v1/search`
 * reads it: one parameter per ticked facet value, the page from 2 on.
 */
export function searchQueryString(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	if (state.type) params.set('type', state.type);
	if (state.sort && state.sort !== 'relevance') params.set('sort', state.sort);
	for (const facet of SEARCH_FACETS) {
		for (const value of state.filters[facet] ?? []) params.append(facet, String(value));
	}
	if (state.page && state.page > 1) params.set('page', String(state.page));
	return params.toString();
}

export function searchHref(state: SearchState): string {
	const query = searchQueryString(state);
	return query ? `/suche?${query}` : '/suche';
}
