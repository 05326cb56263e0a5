import { inArray, sql, type SQL } from 'drizzle-orm';
import { EVENT_KIND_LABELS, EVENT_STATUS_LABELS } from '$lib/shared/events';
import { MOTION_STATUS_LABELS, MOTION_TYPE_LABELS } from '$lib/shared/motions';
import {
	SEARCH_COUNT_CAP,
	SEARCH_FACETS,
	type SearchFacet,
	type SearchFacets
} from '$lib/shared/search';
import { db } from '../../db';
import { topic } from '../../directory/schema';
import { oparlBody } from '../../oparl/schema';
import { territorialUnit } from '../../territory/schema';
import { scopeConditions, type DocumentScope } from './conditions';
import { boundedMatches, executeBounded, matchLookups } from './matches';
import { rowsOf } from './rows';

/** The value each facet counts, as SQL on the matched rows (aliased as search_document). */
const FACET_VALUE: Record<Exclude<SearchFacet, 'topic'>, SQL> = {
	kind: sql`search_document.kind`,
	status: sql`search_document.status`,
	district: sql`search_document.district_ags`,
	council: sql`search_document.oparl_body_id::text`,
	councilType: sql`search_document.council_type`,
	year: sql`extract(year FROM search_document.date)::int::text`
};

/** The columns the facets count (besides the date), carried with the matches (matches.ts). */
const FACET_COLUMNS = [
	'kind',
	'status',
	'topic_ids',
	'district_ags',
	'oparl_body_id',
	'council_type'
] as const;

/**
 * Facets are counted within the newest FACET_WINDOW matches: counting every match of a broad
 * query (or of no query) reads the facet columns of hundreds of thousands of rows (seconds at
 * 1M documents). Beyond the window the counts are marked approximate, and the page says so.
 */
export const FACET_WINDOW = SEARCH_COUNT_CAP;

export interface FacetCounts {
	facets: SearchFacets;
	/** More documents matched than were counted: the counts come from the newest matches only. */
	approximate: boolean;
}

/** Counts per facet value (see countFacets), without saying whether they are approximate. */
export async function searchFacets(
	options: DocumentScope & { query?: string }
): Promise<SearchFacets> {
	return (await countFacets(options)).facets;
}

/**
 * Counts per facet value over what the query matches and the viewer may read. Each facet is
 * counted with the other facets' filters but not its own, so a ticked "Antrag" still shows how
 * many "Anfragen" there are: the facets without a ticked value share one set of matches, each
 * facet with one gets its own. One statement; every set is bounded (matches.ts).
 */
export async function countFacets(
	options: DocumentScope & { query?: string },
	window = FACET_WINDOW
): Promise<FacetCounts> {
	const filters = options.filters ?? {};
	const baseOf = (facet: SearchFacet) => ((filters[facet]?.length ?? 0) > 0 ? facet : 'all');
	const bases = [...new Set(SEARCH_FACETS.map(baseOf))];
	const query = options.query ?? '';
	const lookups = await matchLookups(query, scopeConditions(options));
	const matches = new Map(
		bases.map((base) => [
			base,
			boundedMatches(
				`m_${base}`,
				scopeConditions(options, base === 'all' ? undefined : base),
				query,
				window,
				lookups,
				FACET_COLUMNS
			)
		])
	);
	const columns = bases.map(
		(base) => sql`${sql.raw(`f_${base}`)} AS MATERIALIZED (
			SELECT ${sql.raw(FACET_COLUMNS.join(', '))}, date
			FROM ${sql.raw(`m_${base}`)} ORDER BY date DESC, id DESC LIMIT ${window}
		)`
	);
	const counts = SEARCH_FACETS.map((facet) => {
		const from = sql.raw(`f_${baseOf(facet)} search_document`);
		return facet === 'topic'
			? // unnest in the select list: a lateral unnest per row took twice as long (1,000 rows).
				sql`SELECT 'topic' AS facet, value::text AS value, count(*) AS count
					FROM (SELECT unnest(search_document.topic_ids) AS value FROM ${from}) topics
					GROUP BY value`
			: sql`SELECT ${facet}::text AS facet, ${FACET_VALUE[facet]} AS value, count(*) AS count
					FROM ${from} WHERE ${FACET_VALUE[facet]} IS NOT NULL GROUP BY 2`;
	});
	const capped = sql.join(
		[...matches.values()].map((m) => m.capped),
		sql` OR `
	);
	const rows = rowsOf<{
		facet: SearchFacet | typeof APPROXIMATE;
		value: string;
		count: number | string;
	}>(
		await executeBounded(
			sql`
			WITH ${sql.join([...[...matches.values()].map((m) => m.ctes), ...columns], sql`, `)}
			${sql.join(counts, sql` UNION ALL `)}
			UNION ALL SELECT ${APPROXIMATE}, NULL, (${capped})::int
		`,
			query,
			lookups
		)
	);
	const approximate = rows.some((row) => row.facet === APPROXIMATE && Number(row.count) > 0);
	return {
		facets: await labelled(rows.filter((row): row is FacetRow => row.facet !== APPROXIMATE)),
		approximate
	};
}

const KIND_LABELS: Record<string, string> = { ...MOTION_TYPE_LABELS, ...EVENT_KIND_LABELS };
const STATUS_LABELS: Record<string, string> = { ...MOTION_STATUS_LABELS, ...EVENT_STATUS_LABELS };

const KNOWN_KIND_LABELS = new Set(Object.values(KIND_LABELS));

/**
 * Motion types and event kinds by their German label; council papers bring their own word,
 * which may be the very label of a motion type ("Antrag"): those are told apart as Ratsvorlage.
 */
function kindLabel(value: string): string {
	const known = KIND_LABELS[value];
	if (known) return known;
	return KNOWN_KIND_LABELS.has(value) ? `${value} (Ratsvorlage)` : value;
}

/** The row that says whether any set of matches was cut off (not a facet name). */
const APPROXIMATE = '~approximate';

type FacetRow = { facet: SearchFacet; value: string; count: number | string };

async function labelled(rows: FacetRow[]): Promise<SearchFacets> {
	const of = (facet: SearchFacet) => rows.filter((row) => row.facet === facet);
	const topicIds = of('topic').map((row) => row.value);
	const agsList = of('district').map((row) => row.value);
	const councilIds = of('council').map((row) => row.value);
	// Side by side: three short lookups, each a round trip.
	const [topics, districts, councils] = await Promise.all([
		topicIds.length
			? db
					.select({ id: topic.id, slug: topic.slug, name: topic.name, sortOrder: topic.sortOrder })
					.from(topic)
					.where(inArray(topic.id, topicIds))
			: [],
		agsList.length
			? db
					.select({ ags: territorialUnit.ags, name: territorialUnit.name })
					.from(territorialUnit)
					.where(inArray(territorialUnit.ags, agsList))
			: [],
		councilIds.length
			? db
					.select({ id: oparlBody.objectId, name: oparlBody.name })
					.from(oparlBody)
					.where(inArray(oparlBody.objectId, councilIds))
			: []
	]);
	const byCount = <T extends { count: number; label: string }>(a: T, b: T) =>
		b.count - a.count || a.label.localeCompare(b.label, 'de');
	const simple = (facet: SearchFacet, label: (value: string) => string) =>
		of(facet)
			.map((row) => ({ value: row.value, label: label(row.value), count: Number(row.count) }))
			.sort(byCount);
	return {
		// Motion and event words never clash, so one column serves both types.
		kind: simple('kind', kindLabel),
		topic: of('topic')
			.flatMap((row) => {
				const known = topics.find((t) => t.id === row.value);
				return known ? [{ value: known.slug, label: known.name, count: Number(row.count) }] : [];
			})
			.sort(byCount),
		district: simple('district', (v) => districts.find((d) => d.ags === v)?.name ?? v),
		council: simple('council', (v) => councils.find((c) => c.id === v)?.name ?? v),
		councilType: simple('councilType', (v) => v),
		status: simple('status', (v) => STATUS_LABELS[v] ?? v),
		// Newest year first, as people look for recent work.
		year: simple('year', (v) => v).sort((a, b) => Number(b.value) - Number(a.value))
	};
}
