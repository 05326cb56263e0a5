import { can, requireAccess } from '$lib/server/auth/policy';
import { searchWithFacets } from '$lib/server/search/search-with-facets';
import { parseSearchParams, type SearchParams } from '$lib/server/search/search-params';

/** The search page reads the same query string as `GET /api/v1/search`, so both stay in step. */
export async function load(event) {
	requireAccess(event, 'public.read');
	const parsed = parseSearchParams(event.url.searchParams);
	const params: SearchParams = parsed.ok ? parsed.value : { q: '', page: 1, filters: {} };
	const result = parsed.ok
		? await searchWithFacets(event.locals.user, params, true)
		: { total: 0, items: [] };
	// "Suche speichern": signed-out visitors are asked to sign in first; guests cannot keep searches.
	const user = event.locals.user;
	const savesSearches = !user || can(user, 'alerts.manage');
	return { params, result, problem: parsed.ok ? null : parsed.message, savesSearches };
}
