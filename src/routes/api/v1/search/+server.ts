import { error, json } from '@sveltejs/kit';
import { requireApiAccess } from '$lib/server/auth/policy';
import { searchWithFacets } from '$lib/server/search/search-with-facets';
import { parseSearchParams } from '$lib/server/search/search-params';

/**
 * The one search (DESIGN.md contract); what it returns depends on who asks. Facet filters
 * (`kind, topic, district, council, councilType, status, year`) and `sort` narrow it; `facets=1` adds
 * the counts per facet value (`facetsApproximate` when counted within the newest matches only).
 * `total` is exact up to 1,000, phrases included; `totalCapped` marks a lower bound (docs/SEARCH.md).
 */
export async function GET(event) {
	requireApiAccess(event, 'public.read');
	const parsed = parseSearchParams(event.url.searchParams);
	if (!parsed.ok) error(400, parsed.message);
	const withFacets = ['1', 'true'].includes(event.url.searchParams.get('facets') ?? '');
	const result = await searchWithFacets(event.locals.user, parsed.value, withFacets);
	// Answers differ per caller: no shared cache may keep one for another.
	return json(result, { headers: { 'cache-control': 'private, no-store', vary: 'cookie' } });
}
