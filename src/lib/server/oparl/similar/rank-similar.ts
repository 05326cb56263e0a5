import { and, sql, type SQL } from 'drizzle-orm';
import { db } from '../../db';
import { scopeConditions } from '../../search/documents/conditions';
import { rowsOf } from '../../search/documents/search-documents';
import { searchDocument } from '../../search/schema';
import type { MotionViewer } from '../../motions/visibility';
import type { KeyTerm } from './key-terms';

/**
 * Documents that share a document's key terms, best first, among what the viewer may read (the
 * search's own access rule, so nothing shows here that the search would hide).
 *
 * The GIN index finds every document holding any of the telling (not common) terms; only the
 * newest WINDOW of those
 * are scored, because scoring reads each tsvector out of TOAST. The score is the share of the
 * terms' weight (idf) a document covers, with `ts_rank` breaking ties: a document that names
 * three rare words of the source beats one that repeats a single common one.
 */
const WINDOW = 500;
const FALLBACK_CANDIDATE_TERMS = 2;
/** Below this share of the key terms' weight a document is only loosely related. */
export const MIN_COVERAGE = 0.2;

export interface RankOptions {
	terms: KeyTerm[];
	viewer: MotionViewer;
	types: readonly ('paper' | 'motion')[];
	limit: number;
	/** The source document itself. */
	exclude?: { type: string; sourceId: string };
	/** Papers of this imported body (`oparl_body.object_id`) are not "elsewhere". */
	excludeOparlBodyId?: string | null;
	/** Papers of imported bodies matched to this directory body are not "elsewhere" either. */
	excludeDirectoryBodyId?: string | null;
	/** Motion types to consider (e.g. only templates); all when absent. */
	motionKinds?: readonly string[];
}

export interface RankedDocument {
	type: 'paper' | 'motion';
	sourceId: string;
	title: string;
	url: string;
	date: string | null;
	kind: string | null;
	status: string | null;
	organizationId: string | null;
	topicIds: string[];
	coverage: number;
}

interface Row extends Record<string, unknown> {
	type: 'paper' | 'motion';
	source_id: string;
	title: string;
	url: string;
	date: string | null;
	kind: string | null;
	status: string | null;
	organization_id: string | null;
	topic_ids: string[] | string | null;
	coverage: number | string;
}

/** Papers only of followed bodies, not deleted, not placeholders, and not of the excluded body. */
function paperCondition(options: RankOptions): SQL {
	const notSameBody: SQL[] = [];
	if (options.excludeOparlBodyId)
		notSameBody.push(sql`p.body_id <> ${options.excludeOparlBodyId}::uuid`);
	if (options.excludeDirectoryBodyId)
		notSameBody.push(
			sql`b.directory_body_id IS DISTINCT FROM ${options.excludeDirectoryBodyId}::uuid`
		);
	return sql`(${searchDocument.type} <> 'paper' OR EXISTS (
		SELECT 1 FROM oparl_paper p
		JOIN oparl_body b ON b.object_id = p.body_id
		JOIN oparl_object o ON o.id = p.object_id
		WHERE p.object_id = ${searchDocument.sourceId} AND b.followed AND NOT o.deleted
			AND NOT o.placeholder ${notSameBody.length > 0 ? sql`AND ${and(...notSameBody)}` : sql``}
	))`;
}

export async function rankSimilar(options: RankOptions): Promise<RankedDocument[]> {
	if (options.terms.length === 0 || options.types.length === 0 || options.limit <= 0) return [];
	const tsquery = (terms: KeyTerm[]) =>
		sql.join(
			terms.map((term) => sql`quote_literal(${term.lexeme})::tsquery`),
			sql` || `
		);
	const query = tsquery(options.terms);
	// Candidates by the telling words only; common ones still count in the score.
	// Only common words: the rarest few of them, so the lookup stays bounded.
	const telling = options.terms.filter((term) => !term.common);
	const candidates = tsquery(
		telling.length > 0
			? telling
			: [...options.terms].sort((a, b) => b.idf - a.idf).slice(0, FALLBACK_CANDIDATE_TERMS)
	);
	const lexemes = sql.join(
		options.terms.map((term) => sql`${term.lexeme}::text`),
		sql`, `
	);
	const idfs = sql.join(
		options.terms.map((term) => sql`${term.idf}::float8`),
		sql`, `
	);
	const totalIdf = options.terms.reduce((sum, term) => sum + term.idf, 0);
	const conditions: SQL[] = [
		...scopeConditions({ viewer: options.viewer, types: options.types }),
		sql`${searchDocument.tsv} @@ (${candidates})`,
		paperCondition(options)
	];
	if (options.exclude)
		conditions.push(
			sql`NOT (${searchDocument.type} = ${options.exclude.type} AND ${searchDocument.sourceId} = ${options.exclude.sourceId}::uuid)`
		);
	if (options.motionKinds)
		conditions.push(
			sql`(${searchDocument.type} <> 'motion' OR ${searchDocument.kind} IN (${sql.join(
				options.motionKinds.map((kind) => sql`${kind}`),
				sql`, `
			)}))`
		);

	const result = await db.execute(sql`
		WITH hits AS MATERIALIZED (
			SELECT ${searchDocument.id} AS id FROM ${searchDocument}
			WHERE ${and(...conditions)}
			-- "date + 0": walking the date index newest first would test (and read out of TOAST)
			-- every document on the way; the GIN index answers the terms without reading one.
			ORDER BY ${searchDocument.date} + 0 DESC NULLS LAST, ${searchDocument.id} DESC
			LIMIT ${WINDOW}
		),
		scored AS (
			SELECT d.type, d.source_id, d.title, d.url, d.date::text AS date, d.kind, d.status,
				d.organization_id, d.topic_ids,
				(SELECT coalesce(sum(k.idf), 0) FROM unnest(ARRAY[${lexemes}], ARRAY[${idfs}]) AS k(lexeme, idf)
					WHERE v.tsv @@ quote_literal(k.lexeme)::tsquery) / ${totalIdf}::float8 AS coverage,
				ts_rank(v.tsv, (${query})) AS rank
			FROM hits h
			JOIN search_document d ON d.id = h.id
			-- Read (and decompress) each tsvector once, not once per term.
			CROSS JOIN LATERAL (SELECT d.tsv || ''::tsvector AS tsv OFFSET 0) v
		)
		SELECT type, source_id, title, url, date, kind, status, organization_id, topic_ids, coverage
		FROM scored
		WHERE coverage >= ${MIN_COVERAGE}
		ORDER BY coverage DESC, rank DESC, date DESC NULLS LAST, source_id
		LIMIT ${options.limit}
	`);
	return rowsOf<Row>(result).map((row) => ({
		type: row.type,
		sourceId: row.source_id,
		title: row.title,
		url: row.url,
		date: row.date,
		kind: row.kind,
		status: row.status,
		organizationId: row.organization_id,
		topicIds: uuidArray(row.topic_ids),
		coverage: Number(row.coverage)
	}));
}

/** PGlite returns arrays; node-postgres may return the literal for a uuid[] read through raw SQL. */
function uuidArray(value: string[] | string | null): string[] {
	if (Array.isArray(value)) return value;
	if (!value || value === '{}') return [];
	return value.replace(/^\{|\}$/g, '').split(',');
}
