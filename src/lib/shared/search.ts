/**
 * The one search's contract (DESIGN.md): `GET /api/v1/search?q=&type=&page=` answers
 * `{"total", "items": [{"type", "id", "title", "snippet", "url", "date"}]}`. Each type has a
 * provider on the server. Fields beyond the contract are additions only: clients written against
 * the contract keep working.
 */
export const SEARCH_TYPES = [
	'motion',
	'paper',
	'meeting',
	'agendaItem',
	'event',
	'news',
	'person'
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Types kept in the one full-text table `search_document` (people are searched by name). */
export const DOCUMENT_SEARCH_TYPES = [
	'motion',
	'paper',
	'meeting',
	'agendaItem',
	'event',
	'news'
] as const satisfies readonly SearchType[];
export type DocumentSearchType = (typeof DOCUMENT_SEARCH_TYPES)[number];

export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
	motion: 'Anträge',
	paper: 'Ratsvorlagen',
	meeting: 'Sitzungen',
	agendaItem: 'Tagesordnungspunkte',
	event: 'Veranstaltungen',
	news: 'Aktuelles',
	person: 'Personen'
};

/** Offsets into `snippet` of the words that matched: [start, end) pairs, ascending. */
export type HighlightRange = [start: number, end: number];

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
	/** Where the snippet shows the searched words (documents only). */
	highlights?: HighlightRange[];
	/** Where the title shows them (documents only). */
	titleHighlights?: HighlightRange[];
	/** Document kind (for motions the motion type) and status, as facet values. */
	kind?: string | null;
	status?: string | null;
	/** Council documents: the name of the imported body (Körperschaft) they come from. */
	council?: string | null;
}

export interface SearchResult {
	/** Number of matches; a lower bound when `totalCapped` is set. */
	total: number;
	/**
	 * Set when more may match than counted. For words and prefixes `total` is then
	 * SEARCH_COUNT_CAP ("mehr als 1.000"). A phrase is counted exactly unless more than
	 * SEARCH_COUNT_CAP documents hold all its words (and word pairs): its order is checked on the
	 * newest of them, and `total` is what those held ("mindestens …", may be below the cap).
	 */
	totalCapped?: boolean;
	items: SearchItem[];
}

export const SEARCH_PAGE_SIZE = 20;
/** Matches counted exactly; beyond this the result says "more than". */
export const SEARCH_COUNT_CAP = 1000;

export const SEARCH_SORTS = ['relevance', 'date'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
export const SEARCH_SORT_LABELS: Record<SearchSort, string> = {
	relevance: 'Relevanz',
	date: 'Datum'
};

/** Facets of the document search, in the order the search page shows them. */
export const SEARCH_FACETS = [
	'kind',
	'topic',
	'district',
	'council',
	'councilType',
	'status',
	'year'
] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];
export const SEARCH_FACET_LABELS: Record<SearchFacet, string> = {
	kind: 'Art',
	topic: 'Thema',
	district: 'Kreis',
	council: 'Körperschaft',
	councilType: 'Vertretung',
	status: 'Stand',
	year: 'Jahr'
};

/**
 * Facet filters: any of the values within one facet, all facets together. Topics by slug or
 * id, districts by AGS (5 digits), councils (imported bodies of council information systems)
 * by id, years as numbers.
 */
export interface SearchFilters {
	kind?: string[];
	topic?: string[];
	district?: string[];
	council?: string[];
	councilType?: string[];
	status?: string[];
	year?: number[];
}

export interface FacetValue {
	/** The filter value (topic slug, AGS, year as text …). */
	value: string;
	label: string;
	count: number;
}

export type SearchFacets = Record<SearchFacet, FacetValue[]>;

export function hasFilters(filters: SearchFilters | undefined): boolean {
	return !!filters && SEARCH_FACETS.some((facet) => (filters[facet]?.length ?? 0) > 0);
}
