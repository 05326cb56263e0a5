import { sql, type SQL } from 'drizzle-orm';
import { db } from '../../db';
import { rowsOf } from '../../search/documents/search-documents';

/**
 * The words that say what a document is about, taken from its weighted tsvector: a word counts
 * by where it stands (title A, body B, attachments D) and how often, and by how rare it is among
 * all indexed documents (inverse document frequency), so "Radweg" outweighs "Antrag".
 *
 * Document frequencies are counted with the GIN index and capped: a word found in more than
 * DF_CAP documents is common whatever its exact count, and counting it exactly would read
 * hundreds of thousands of index entries per page view.
 */
export interface KeyTerm {
	/** A lexeme as the german configuration stores it (stemmed, lower case). */
	lexeme: string;
	/** tf-idf weight; higher is more telling. */
	weight: number;
	/** Inverse document frequency alone (for coverage scores). */
	idf: number;
	/**
	 * In DF_CAP documents or more: it still counts for how well a document matches, but is too
	 * common to look candidates up by (it would hand the ranking tens of thousands of rows).
	 */
	common: boolean;
}

/** Candidate words looked up per document (the most frequent by position weight). */
const CANDIDATES = 24;
/** Words kept for the similarity query. */
export const KEY_TERMS = 10;
const DF_CAP = 1_000;
/**
 * The corpus size is counted up to here and taken from the planner's statistics beyond: an
 * estimate is all the logarithm needs, and counting a million rows per view is not worth it.
 */
const TOTAL_CAP = 10_000;

/** Position weights of the tsvector classes (`A` title … `D` attachments). */
const CLASS_WEIGHT = sql`CASE w WHEN 'A' THEN 1.0 WHEN 'B' THEN 0.4 WHEN 'C' THEN 0.2 ELSE 0.1 END`;

interface Row extends Record<string, unknown> {
	lexeme: string;
	tf: number | string;
	df: number | string;
	total: number | string;
}

/**
 * Key terms of the tsvector `source` yields (an SQL expression returning one tsvector, or no row
 * when there is no document). Numbers and words of two letters or fewer say nothing about a
 * topic and are left out.
 */
export async function keyTerms(
	source: SQL,
	options: { limit?: number; exclude?: { type: string; sourceId: string } } = {}
): Promise<KeyTerm[]> {
	// The source's own row does not count: a word only it has matches nothing elsewhere.
	const notSource = options.exclude
		? sql`AND NOT (d.type = ${options.exclude.type} AND d.source_id = ${options.exclude.sourceId}::uuid)`
		: sql``;
	const result = await db.execute(sql`
		WITH src AS (SELECT (${source}) AS tsv),
		terms AS (
			SELECT u.lexeme, sum(${CLASS_WEIGHT}) AS tf
			FROM src, unnest(src.tsv) u, unnest(u.weights) w
			WHERE length(u.lexeme) > 2 AND u.lexeme !~ '^[0-9.,/-]+$'
			GROUP BY u.lexeme
			ORDER BY tf DESC, u.lexeme
			LIMIT ${CANDIDATES}
		),
		total AS (
			SELECT greatest(
				(SELECT count(*) FROM (SELECT 1 FROM search_document LIMIT ${TOTAL_CAP}) c),
				(SELECT reltuples::bigint FROM pg_class WHERE oid = 'search_document'::regclass),
				1
			) AS n
		),
		-- The planner's statistics know how often the most common words occur: those (the
		-- expensive ones to count) are estimated, only the rarer ones are counted.
		common AS MATERIALIZED (
			SELECT e.lexeme, e.freq
			FROM pg_stats s
			CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs)
				AS e(lexeme, freq)
			WHERE s.schemaname = current_schema() AND s.tablename = 'search_document'
				AND s.attname = 'tsv' AND e.lexeme IN (SELECT lexeme FROM terms)
		)
		SELECT t.lexeme, t.tf, total.n AS total,
			coalesce(
				(SELECT round(c.freq * total.n) FROM common c WHERE c.lexeme = t.lexeme),
				(SELECT count(*) FROM (
					SELECT 1 FROM search_document d WHERE d.tsv @@ quote_literal(t.lexeme)::tsquery ${notSource}
					LIMIT ${DF_CAP}
				) f)
			) AS df
		FROM terms t, total
	`);
	const rows = rowsOf<Row>(result);
	return (
		rows
			.map((row) => {
				const total = Number(row.total);
				const df = Number(row.df);
				const idf = Math.log(1 + total / (df + 1));
				return { lexeme: row.lexeme, weight: Number(row.tf) * idf, idf, df };
			})
			// A word no other document has would only lower every document's coverage.
			.filter((term) => term.df > 0)
			.map(({ lexeme, weight, idf, df }) => ({ lexeme, weight, idf, common: df >= DF_CAP }))
			.sort((a, b) => b.weight - a.weight || a.lexeme.localeCompare(b.lexeme))
			.slice(0, options.limit ?? KEY_TERMS)
	);
}
