import { DOCUMENT_SEARCH_TYPES, type SearchFacets, type SearchResult } from '$lib/shared/search';
import type { SessionUser } from '../auth/types';
import { loadMotionViewer } from '../motions/visibility';
import { searchFacets } from './documents/facets';
import type { SearchParams } from './search-params';
import { search } from './search';

/**
 * A search as the API and the search page ask for it: one page of results, and on request the
 * facet counts of the documents matched (people have no facets). Both under the same access
 * rules, run side by side.
 */
export async function searchWithFacets(
	actor: SessionUser | null,
	params: SearchParams,
	withFacets: boolean
): Promise<SearchResult & { facets?: SearchFacets }> {
	const documentTypes = params.type
		? DOCUMENT_SEARCH_TYPES.filter((type) => type === params.type)
		: [...DOCUMENT_SEARCH_TYPES];
	const [result, facets] = await Promise.all([
		search({
			actor,
			query: params.q,
			type: params.type,
			filters: params.filters,
			sort: params.sort,
			page: params.page
		}),
		withFacets && documentTypes.length > 0
			? loadMotionViewer(actor).then((viewer) =>
					searchFacets({ viewer, types: documentTypes, query: params.q, filters: params.filters })
				)
			: undefined
	]);
	return facets ? { ...result, facets } : result;
}
