import { SEARCH_COUNT_CAP, type SearchResult } from '$lib/shared/search';

const number = (value: number) => value.toLocaleString('de-DE');

/**
 * What a capped count below the cap means. Only a phrase gets one (search/documents/matches.ts):
 * its word order is checked on the newest SEARCH_COUNT_CAP documents that can hold it (those
 * with all its words, and all its word pairs where it has any). Fewer of those than the cap are
 * all checked, so such a count is exact; only with more of them could older documents hold the
 * phrase too.
 */
const UNCHECKED = `die Wortfolge wurde in den neuesten ${number(SEARCH_COUNT_CAP)} infrage kommenden Dokumenten geprüft, ältere nicht`;

/**
 * The sentence the search page announces for a result: an exact count as it is, a count beyond
 * the cap as "Mehr als 1.000", and a phrase's lower bound as "Mindestens" with the reason.
 */
export function resultCountText(options: {
	result: Pick<SearchResult, 'total' | 'totalCapped'>;
	query?: string;
	page: number;
	pageCount: number;
}): string {
	const { total, totalCapped } = options.result;
	if (total === 0) {
		if (totalCapped) return `Keine Treffer (${UNCHECKED}).`;
		return options.query ? `Keine Treffer für „${options.query}“.` : 'Keine Treffer.';
	}
	const count = !totalCapped
		? total === 1
			? '1 Treffer'
			: `${number(total)} Treffer`
		: total >= SEARCH_COUNT_CAP
			? `Mehr als ${number(SEARCH_COUNT_CAP)} Treffer`
			: `Mindestens ${number(total)} Treffer (${UNCHECKED})`;
	return options.pageCount > 1 ? `${count}, Seite ${options.page} von ${options.pageCount}` : count;
}
