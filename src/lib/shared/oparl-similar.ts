/**
 * "Dieses Thema anderswo": what the paper and motion pages show of documents on the same topic
 * in other councils and in the network's own motion library.
 */
export interface SimilarItem {
	type: 'paper' | 'motion';
	id: string;
	title: string;
	/** Path of the item's page on this site. */
	url: string;
	/** Where it was discussed: the imported body (papers) or the council (motions), if known. */
	place: string | null;
	/** Paper type as the council names it, or the motion type's label. */
	kindLabel: string | null;
	/** ISO date (YYYY-MM-DD). */
	date: string | null;
	/** What came of it: the latest consultation's result, or the motion's status label. */
	outcome: string | null;
}

/** How many similar documents a page lists. */
export const SIMILAR_LIMIT = 5;
