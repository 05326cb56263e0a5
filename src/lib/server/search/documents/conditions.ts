import { and, gt, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { SearchFacet, SearchFilters } from '$lib/shared/search';
import { topic } from '../../directory/schema';
import { searchDocumentReadCondition, type MotionViewer } from '../../motions/visibility';
import { searchDocument } from '../schema';

/** SQL per facet filter; a facet without values adds nothing. */
export function facetCondition(facet: SearchFacet, filters: SearchFilters): SQL | undefined {
	const values = filters[facet];
	if (!values || values.length === 0) return undefined;
	switch (facet) {
		case 'kind':
			return inArray(searchDocument.kind, values as string[]);
		case 'status':
			return inArray(searchDocument.status, values as string[]);
		case 'district':
			return inArray(searchDocument.districtAgs, values as string[]);
		case 'councilType':
			return inArray(searchDocument.councilType, values as string[]);
		case 'council':
			// Council documents only; the partial (oparl_body_id, date) index serves it.
			return inArray(searchDocument.oparlBodyId, values as string[]);
		case 'topic': {
			// By slug (links people share) or id; resolved once by the planner (an InitPlan).
			const keys = values as string[];
			return sql`${searchDocument.topicIds} && ARRAY(SELECT ${topic.id} FROM ${topic} WHERE ${or(
				inArray(topic.slug, keys),
				inArray(sql`${topic.id}::text`, keys)
			)})`;
		}
		case 'year':
			// Ranges, not extract(year …): they use the date index.
			return or(
				...(values as number[]).map((year) =>
					and(
						gte(searchDocument.date, `${year}-01-01`),
						lt(searchDocument.date, `${year + 1}-01-01`)
					)
				)
			);
	}
}

export interface DocumentScope {
	viewer: MotionViewer;
	types?: readonly string[];
	filters?: SearchFilters;
	/** Only documents indexed (new or changed) after this instant: for alerts. */
	since?: Date;
}

/**
 * Everything except the text match: what the viewer may read (the one rule in
 * motions/visibility.ts), the types, the facet filters (optionally leaving one facet out, for
 * that facet's own counts), and `since`.
 */
export function scopeConditions(scope: DocumentScope, except?: SearchFacet): SQL[] {
	const conditions: SQL[] = [searchDocumentReadCondition(scope.viewer)];
	if (scope.types) conditions.push(inArray(searchDocument.type, [...scope.types]));
	if (scope.since) conditions.push(gt(searchDocument.modifiedAt, scope.since));
	if (scope.filters) {
		for (const facet of Object.keys(scope.filters) as SearchFacet[]) {
			if (facet === except) continue;
			const condition = facetCondition(facet, scope.filters);
			if (condition) conditions.push(condition);
		}
	}
	return conditions;
}
