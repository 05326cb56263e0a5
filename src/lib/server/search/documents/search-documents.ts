import { sql, type SQL } from 'drizzle-orm';
import { SEARCH_COUNT_CAP, type HighlightRange, type SearchSort } from '$lib/shared/search';
import { scopeConditions, type DocumentScope } from './conditions';
import { boundedMatches, executeBounded, matchLookups, type MatchLookups } from './matches';
import { bodySnippets, snippetTerms } from './body-snippet';
import { openingSnippet, parseHeadline, TITLE_HEADLINE_OPTIONS } from './snippet';
import { rowsOf } from './rows';
import { documentTsQuery } from './tsquery';

/**
 * Relevance is ranked within the newest matches only when a query matches more than
 * SEARCH_COUNT_CAP documents: ranking means reading and decompressing each match's tsvector,
 * which at 1M documents costs seconds for common words (SEARCH-NOTES.md). Rare and medium
 * queries are ranked in full.
 */
export const RANK_WINDOW = 500;

/** How much of a body the snippet is taken from: a match further in gets the opening instead. */
const SNIPPET_SOURCE_LENGTH = 20_000;
/** How much of a body the opening snippet without a query is taken from. */
const OPENING_LENGTH = 1000;

export interface DocumentSearchOptions extends DocumentScope {
	query?: string;
	/** Relevance (the default when there is a query) or newest first. */
	sort?: SearchSort;
	limit?: number;
	offset?: number;
}

export interface DocumentHit {
	/** The search_document row. */
	documentId: string;
	type: string;
	/** The id of the motion (or other source) the document stands for. */
	id: string;
	title: string;
	titleHighlights: HighlightRange[];
	snippet: string;
	highlights: HighlightRange[];
	url: string;
	date: string | null;
	kind: string | null;
	status: string | null;
	/** Council documents: the imported body's name. */
	council: string | null;
	/** When the document was last (re)indexed. */
	modifiedAt: Date;
}

export interface DocumentSearchResult {
	total: number;
	/**
	 * More may match than counted: `total` is a lower bound (the cap for a broad query; for a
	 * phrase with more candidates than the cap, what the newest of them hold, see matches.ts).
	 * A phrase with fewer candidates is counted exactly.
	 */
	totalCapped: boolean;
	items: DocumentHit[];
}

interface Row extends Record<string, unknown> {
	document_id: string;
	type: string;
	source_id: string;
	title: string;
	url: string;
	date: string | null;
	kind: string | null;
	status: string | null;
	council: string | null;
	modified_at: Date | string;
	title_headline: string | null;
	body_text: string;
	total: number | string;
	capped: boolean | string;
}

/**
 * The document search every output uses (search page, API, alerts, feeds): only what
 * `viewer` may read, through the one rule in motions/visibility.ts. One statement: the newest
 * matches up to the cap (which also gives the count), ranked or dated, one page (its snippets: body-snippet.ts).
 */
export async function searchDocuments(
	options: DocumentSearchOptions
): Promise<DocumentSearchResult> {
	const limit = Math.min(Math.max(Math.trunc(options.limit ?? 20), 0), 100);
	const offset = Math.max(Math.trunc(options.offset ?? 0), 0);
	if (limit === 0 || offset + limit > SEARCH_COUNT_CAP) {
		// Only the count (a search over all types whose page is full), or pages beyond the
		// counted matches: still say how many there are.
		const { total, totalCapped } = await countDocuments(options);
		return { total, totalCapped, items: [] };
	}
	const query = options.query ?? '';
	// The words the snippets mark beside what the statement is built with (both usually
	// remembered); awaited together, so neither can fail unobserved.
	const [lookups, terms] = await Promise.all([
		matchLookups(query, scopeConditions(options)),
		documentTsQuery(query) ? snippetTerms(query) : null
	]);
	const rows = rowsOf<Row>(
		await executeBounded(documentPageQuery(options, limit, offset, lookups), query, lookups)
	);
	// An empty page (past the last match) carries no count: ask for it.
	const count = rows.length > 0 ? counted(rows[0]) : await countDocuments(options, lookups);
	const snippets = terms
		? await bodySnippets(
				rows.map((row) => row.body_text),
				terms
			)
		: rows.map(() => null);
	return {
		...count,
		items: rows.map((row, index) => {
			const marked = snippets[index] ?? null;
			const hasHighlight = marked !== null && marked.highlights.length > 0;
			const title = row.title_headline ? parseHeadline(row.title_headline) : null;
			return {
				documentId: row.document_id,
				type: row.type,
				id: row.source_id,
				title: row.title,
				// Only when the marked title reads exactly as the title (no Markdown-like characters lost).
				titleHighlights: title && title.snippet === row.title ? title.highlights : [],
				snippet: hasHighlight ? marked.snippet : openingSnippet(row.body_text),
				highlights: hasHighlight ? marked.highlights : [],
				url: row.url,
				date: row.date,
				kind: row.kind,
				status: row.status,
				council: row.council,
				modifiedAt: new Date(row.modified_at)
			};
		})
	};
}

/**
 * The one statement behind searchDocuments (exported for the benchmark, which compares the
 * service with this SQL run bare): the newest matches up to the cap (which also gives the
 * count), the page ranked or dated within them, the bodies of that page for its snippets. `lookups`: what
 * the statement is built with (`matchLookups`).
 */
export function documentPageQuery(
	options: DocumentSearchOptions,
	limit: number,
	offset: number,
	lookups: MatchLookups
): SQL {
	const tsq = documentTsQuery(options.query ?? '');
	const hits = boundedMatches(
		'hits',
		scopeConditions(options),
		options.query ?? '',
		SEARCH_COUNT_CAP,
		lookups
	);
	const sort: SearchSort = tsq ? (options.sort ?? 'relevance') : 'date';
	const window = Math.max(RANK_WINDOW, offset + limit);
	// Normalisation 1 divides by the log of the document length, so a long text that mentions a
	// word often does not outrank a short one about it; weights: title A, body B, attachments D.
	const order =
		sort === 'relevance'
			? sql`ts_rank_cd(d.tsv, (${tsq}), 1) DESC, h.date DESC, h.id DESC`
			: sql`h.date DESC, h.id DESC`;
	// With a query, the body for its snippet (body-snippet.ts; long texts as far as a page of
	// results should carry), else its opening.
	const bodyText = sql`left(p.body, ${tsq ? SNIPPET_SOURCE_LENGTH : OPENING_LENGTH})`;
	const titleHeadline = tsq
		? sql`ts_headline('german', p.title, (${tsq}), ${TITLE_HEADLINE_OPTIONS})`
		: sql`NULL::text`;

	return sql`
			WITH ${hits.ctes},
			page AS (
				SELECT h.id, row_number() OVER (ORDER BY ${order}) AS ordinal
				FROM (SELECT * FROM hits ORDER BY date DESC, id DESC LIMIT ${window}) h
				JOIN search_document d ON d.id = h.id
				ORDER BY ordinal
				LIMIT ${limit} OFFSET ${offset}
			)
			SELECT p.id AS document_id, p.type, p.source_id, p.title, p.url, p.date::text AS date,
				p.kind, p.status, council.name AS council, p.modified_at,
				${titleHeadline} AS title_headline, ${bodyText} AS body_text,
				${hits.total} AS total, ${hits.capped} AS capped
			FROM page
			JOIN search_document p ON p.id = page.id
			-- The page's rows only (at most one page): which council a council document is from.
			LEFT JOIN oparl_body council ON council.object_id = p.oparl_body_id
			ORDER BY page.ordinal
		`;
}

/**
 * The count alone, as the page statement gives it (exact below the cap, phrases included
 * unless they have more candidates than the cap); `lookups` as the caller looked them up, else
 * looked up here.
 */
export async function countDocuments(
	options: DocumentScope & { query?: string },
	lookups?: MatchLookups
): Promise<{ total: number; totalCapped: boolean }> {
	const query = options.query ?? '';
	const looked = lookups ?? (await matchLookups(query, scopeConditions(options)));
	const hits = boundedMatches('hits', scopeConditions(options), query, SEARCH_COUNT_CAP, looked);
	const [row] = rowsOf<Counted>(
		await executeBounded(
			sql`WITH ${hits.ctes} SELECT ${hits.total} AS total, ${hits.capped} AS capped`,
			query,
			looked
		)
	);
	return counted(row);
}

interface Counted {
	total: number | string;
	capped: boolean | string;
}

function counted(row: Counted | undefined): { total: number; totalCapped: boolean } {
	return {
		total: Number(row?.total ?? 0),
		totalCapped: row?.capped === true || row?.capped === 't'
	};
}

export { rowsOf };
