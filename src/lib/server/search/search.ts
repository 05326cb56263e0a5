import {
	SEARCH_PAGE_SIZE,
	SEARCH_TYPES,
	type SearchFilters,
	type SearchResult,
	type SearchSort,
	type SearchType
} from '$lib/shared/search';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import type { MotionViewer } from '../motions/visibility';
import { SEARCH_PROVIDERS } from './providers';

/**
 * The one search: by one type, or over all types one after the other (each type's results in
 * its own order, so pages stay stable without comparing scores across types). Only what the
 * actor may see: each provider scopes its own query.
 */
export async function search(options: {
	actor: SessionUser | null;
	query?: string;
	type?: SearchType;
	filters?: SearchFilters;
	sort?: SearchSort;
	page?: number;
	pageSize?: number;
	/** The actor as the document rules see them, if loaded already (one lookup per request). */
	viewer?: MotionViewer;
}): Promise<SearchResult> {
	assertCan(options.actor, 'public.read');
	const pageSize = Math.min(Math.max(options.pageSize ?? SEARCH_PAGE_SIZE, 1), 100);
	const page = Math.max(Math.trunc(options.page ?? 1), 1);
	const query = (options.query ?? '').trim();
	const types = options.type ? [options.type] : SEARCH_TYPES;

	let skip = (page - 1) * pageSize;
	let room = pageSize;
	const result: SearchResult = { total: 0, items: [] };
	for (const type of types) {
		const found = await SEARCH_PROVIDERS[type].search({
			actor: options.actor,
			query,
			limit: room,
			offset: skip,
			filters: options.filters,
			sort: options.sort,
			viewer: options.viewer
		});
		result.total += found.total;
		if (found.totalCapped) result.totalCapped = true;
		result.items.push(...found.items);
		room -= found.items.length;
		skip = Math.max(0, skip - found.total);
	}
	return result;
}
