import type { DocumentSearchType, SearchItem } from '$lib/shared/search';
import { loadMotionViewer } from '../../motions/visibility';
import { searchDocuments, type DocumentHit } from '../documents/search-documents';
import type { SearchProvider } from '../types';

export function documentItem(hit: DocumentHit): SearchItem {
	return {
		type: hit.type as DocumentSearchType,
		id: hit.id,
		title: hit.title,
		snippet: hit.snippet,
		url: hit.url,
		date: hit.date,
		highlights: hit.highlights,
		titleHighlights: hit.titleHighlights,
		kind: hit.kind,
		status: hit.status,
		...(hit.council ? { council: hit.council } : {})
	};
}

/**
 * Documents of one type from the full-text table (motions now; council papers later), scoped
 * by the access facts each document carries (motions/visibility.ts decides).
 */
export function documentSearchProvider(type: DocumentSearchType): SearchProvider {
	return {
		type,
		async search({ actor, query, limit, offset, filters, sort, viewer }) {
			const result = await searchDocuments({
				viewer: viewer ?? (await loadMotionViewer(actor)),
				types: [type],
				query,
				filters,
				sort,
				limit,
				offset
			});
			return { ...result, items: result.items.map(documentItem) };
		}
	};
}
