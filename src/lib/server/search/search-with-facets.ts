import { DOCUMENT_SEARCH_TYPES, type SearchFacets, type SearchResult } from '$lib/shared/search';
import type { SessionUser } from '../auth/types';
import { loadMotionViewer } from '../motions/visibility';
import { countFacets } from './documents/facets';
import type { SearchParams } from './search-params';
import { search } from './search';

export type SearchWithFacets = SearchResult & {
	facets?: SearchFacets;
	/**
	 * The facet counts come from the newest matches only (a broad query): the page says the
	 * numbers are rounded down.
	 */
	facetsApproximate?: boolean;
};

/**
 * A search as the API and the search page ask for it: one page of results, and on request the
 * facet counts of the documents matched (people have no facets). Both under the same access
 * rules, decided once per request (the viewer is loaded once and shared), run side by side.
 */
export async function searchWithFacets(
	actor: SessionUser | null,
	params: SearchParams,
	withFacets: boolean
): Promise<SearchWithFacets> {
	const documentTypes = params.type
		? DOCUMENT_SEARCH_TYPES.filter((type) => type === params.type)
		: [...DOCUMENT_SEARCH_TYPES];
	const viewer = documentTypes.length > 0 ? await loadMotionViewer(actor) : undefined;
	const [result, counted] = await Promise.all([
		search({
			actor,
			query: params.q,
			type: params.type,
			filters: params.filters,
			sort: params.sort,
			page: params.page,
			viewer
		}),
		withFacets && viewer
			? countFacets({ viewer, types: documentTypes, query: params.q, filters: params.filters })
			: undefined
	]);
	if (!counted) return result;
	return counted.approximate
		? { ...result, facets: counted.facets, facetsApproximate: true }
		: { ...result, facets: counted.facets };
}
