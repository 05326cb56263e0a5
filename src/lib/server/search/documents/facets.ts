import { and, inArray, sql, type SQL } from 'drizzle-orm';
import { MOTION_STATUS_LABELS, MOTION_TYPE_LABELS } from '$lib/shared/motions';
import { SEARCH_FACETS, type SearchFacet, type SearchFacets } from '$lib/shared/search';
import { db } from '../../db';
import { topic } from '../../directory/schema';
import { territorialUnit } from '../../territory/schema';
import { searchDocument } from '../schema';
import { facetCondition, type DocumentScope } from './conditions';
import { rowsOf } from './search-documents';
import { documentTsQuery } from './tsquery';
import { searchDocumentReadCondition } from '../../motions/visibility';

/** The value each facet counts, as SQL on the matched rows (aliased as search_document). */
const FACET_VALUE: Record<Exclude<SearchFacet, 'topic'>, SQL> = {
	kind: sql`search_document.kind`,
	status: sql`search_document.status`,
	district: sql`search_document.district_ags`,
	councilType: sql`search_document.council_type`,
	year: sql`extract(year FROM search_document.date)::int::text`
};

/**
 * Counts per facet value over everything the query matches and the viewer may read. Each
 * facet is counted with the other facets' filters but not its own, so a ticked "Antrag" still
 * shows how many "Anfragen" there are. One statement: the matches are read once into a small
 * table of facet columns, then counted per facet.
 */
export async function searchFacets(
	options: DocumentScope & { query?: string }
): Promise<SearchFacets> {
	const tsq = documentTsQuery(options.query ?? '');
	const matched = and(
		searchDocumentReadCondition(options.viewer),
		options.types ? inArray(searchDocument.type, [...options.types]) : undefined,
		options.since ? sql`${searchDocument.modifiedAt} > ${options.since}` : undefined,
		tsq ? sql`${searchDocument.tsv} @@ (${tsq})` : undefined
	);
	const filters = options.filters ?? {};
	const others = (facet: SearchFacet) =>
		and(
			sql`true`,
			...SEARCH_FACETS.filter((other) => other !== facet).map((other) =>
				facetCondition(other, filters)
			)
		);
	const counts = SEARCH_FACETS.map((facet) =>
		facet === 'topic'
			? sql`SELECT 'topic' AS facet, value::text AS value, count(*) AS count
					FROM base search_document, unnest(search_document.topic_ids) value
					WHERE ${others(facet)} GROUP BY value`
			: sql`SELECT ${facet}::text AS facet, ${FACET_VALUE[facet]} AS value, count(*) AS count
					FROM base search_document
					WHERE ${others(facet)} AND ${FACET_VALUE[facet]} IS NOT NULL GROUP BY 2`
	);
	const rows = rowsOf<{ facet: SearchFacet; value: string; count: number | string }>(
		await db.execute(sql`
			WITH base AS MATERIALIZED (
				SELECT kind, status, topic_ids, district_ags, council_type, date
				FROM ${searchDocument} WHERE ${matched}
			)
			${sql.join(counts, sql` UNION ALL `)}
		`)
	);
	return labelled(rows);
}

async function labelled(
	rows: { facet: SearchFacet; value: string; count: number | string }[]
): Promise<SearchFacets> {
	const of = (facet: SearchFacet) => rows.filter((row) => row.facet === facet);
	const topicIds = of('topic').map((row) => row.value);
	const agsList = of('district').map((row) => row.value);
	const topics = topicIds.length
		? await db
				.select({ id: topic.id, slug: topic.slug, name: topic.name, sortOrder: topic.sortOrder })
				.from(topic)
				.where(inArray(topic.id, topicIds))
		: [];
	const districts = agsList.length
		? await db
				.select({ ags: territorialUnit.ags, name: territorialUnit.name })
				.from(territorialUnit)
				.where(inArray(territorialUnit.ags, agsList))
		: [];
	const byCount = <T extends { count: number; label: string }>(a: T, b: T) =>
		b.count - a.count || a.label.localeCompare(b.label, 'de');
	const simple = (facet: SearchFacet, label: (value: string) => string) =>
		of(facet)
			.map((row) => ({ value: row.value, label: label(row.value), count: Number(row.count) }))
			.sort(byCount);
	return {
		kind: simple('kind', (v) => MOTION_TYPE_LABELS[v as keyof typeof MOTION_TYPE_LABELS] ?? v),
		topic: of('topic')
			.flatMap((row) => {
				const known = topics.find((t) => t.id === row.value);
				return known ? [{ value: known.slug, label: known.name, count: Number(row.count) }] : [];
			})
			.sort(byCount),
		district: simple('district', (v) => districts.find((d) => d.ags === v)?.name ?? v),
		councilType: simple('councilType', (v) => v),
		status: simple(
			'status',
			(v) => MOTION_STATUS_LABELS[v as keyof typeof MOTION_STATUS_LABELS] ?? v
		),
		// Newest year first, as people look for recent work.
		year: simple('year', (v) => v).sort((a, b) => Number(b.value) - Number(a.value))
	};
}
