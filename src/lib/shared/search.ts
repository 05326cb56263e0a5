/**
 * The one search's contract (DESIGN.md): `GET /api/v1/search?q=&type=&page=` answers
 * `{"total", "items": [{"type", "id", "title", "snippet", "url", "date"}]}`. Each type has a
 * provider on the server; motions join in issue 5.
 */
export const SEARCH_TYPES = ['person'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
	person: 'Personen'
};

export interface SearchItem {
	type: SearchType;
	id: string;
	title: string;
	/** Plain text (no markup): what the caller may see of the item, in one line. */
	snippet: string;
	/** Path of the item's page on this site. */
	url: string;
	/** ISO date (YYYY-MM-DD) or timestamp that dates the item, if any. */
	date: string | null;
}

export interface SearchResult {
	total: number;
	items: SearchItem[];
}

export const SEARCH_PAGE_SIZE = 20;
