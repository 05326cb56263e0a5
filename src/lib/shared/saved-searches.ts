import { z } from 'zod';

/**
 * Saved searches with alerts (issue 5): what a person stores, how often they want mail, and the
 * filter parameters — the same names as `GET /api/v1/search` and the search page use, so a saved
 * search opens as a link to `/suche?…` and the page's "Suche speichern" passes its URL on as is.
 */
export const ALERT_FREQUENCIES = ['immediate', 'daily', 'weekly', 'none'] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

export const ALERT_FREQUENCY_LABELS: Record<AlertFrequency, string> = {
	immediate: 'Sofort bei neuen Treffern',
	daily: 'Einmal täglich (7 Uhr)',
	weekly: 'Einmal wöchentlich (Mo., 7 Uhr)',
	none: 'Keine Mails (nur Feed)'
};

/** Facet filters of the search, each a list of values (several values of one facet: any of them). */
export const SAVED_SEARCH_FILTER_KEYS = [
	'kind',
	'topic',
	'district',
	'council',
	'councilType',
	'status',
	'year'
] as const;
export type SavedSearchFilterKey = (typeof SAVED_SEARCH_FILTER_KEYS)[number];
export type SavedSearchFilters = Partial<Record<SavedSearchFilterKey, string[]>>;

export const MAX_SAVED_SEARCHES = 50;

const filterValue = z.string().trim().min(1).max(100);

/** Filters as stored: known keys only, at most 50 values each, no empty lists. */
export const savedSearchFilters = z
	.object(
		Object.fromEntries(
			SAVED_SEARCH_FILTER_KEYS.map((key) => [key, z.array(filterValue).max(50).optional()])
		) as Record<SavedSearchFilterKey, z.ZodOptional<z.ZodArray<typeof filterValue>>>
	)
	.strip()
	.transform((filters) => {
		const clean: SavedSearchFilters = {};
		for (const key of SAVED_SEARCH_FILTER_KEYS) {
			const values = [...new Set(filters[key] ?? [])];
			if (values.length > 0) clean[key] = values;
		}
		return clean;
	});

/** Reads the filters from search parameters (`?kind=motion&kind=inquiry&topic=…`). */
export function filtersFromParams(params: URLSearchParams): SavedSearchFilters {
	const raw: Record<string, string[]> = {};
	for (const key of SAVED_SEARCH_FILTER_KEYS) {
		const values = params.getAll(key).flatMap((value) => value.split(','));
		if (values.length > 0) raw[key] = values;
	}
	const parsed = savedSearchFilters.safeParse(raw);
	return parsed.success ? parsed.data : {};
}

type AnyFilters = Partial<Record<SavedSearchFilterKey, readonly (string | number)[]>>;

function hrefWith(path: string, query: string, filters: AnyFilters): string {
	const params = new URLSearchParams();
	if (query) params.set('q', query);
	for (const key of SAVED_SEARCH_FILTER_KEYS) {
		for (const value of filters[key] ?? []) params.append(key, String(value));
	}
	const search = params.toString();
	return search ? `${path}?${search}` : path;
}

/** The search page's address for a saved search: open it to see every current result. */
export function searchPageHref(query: string, filters: SavedSearchFilters): string {
	return hrefWith('/suche', query, filters);
}

/** "Suche speichern" on the search page: the form on /konto/suchen, filled with this search. */
export function saveSearchHref(query: string, filters: AnyFilters): string {
	return hrefWith('/konto/suchen', query, filters);
}

/** The form on /konto/suchen: name, words, how often; the filters travel as hidden fields. */
export const savedSearchForm = z.object({
	name: z
		.string({ error: 'Bitte geben Sie der Suche einen Namen.' })
		.trim()
		.min(1, 'Bitte geben Sie der Suche einen Namen.')
		.max(120, 'Der Name darf höchstens 120 Zeichen lang sein.'),
	query: z
		.string()
		.trim()
		.max(500, 'Die Suchwörter dürfen höchstens 500 Zeichen lang sein.')
		.default(''),
	frequency: z.enum(ALERT_FREQUENCIES, { error: 'Bitte wählen Sie, wie oft Sie Mails erhalten.' })
});
export type SavedSearchInput = z.infer<typeof savedSearchForm> & { filters: SavedSearchFilters };
