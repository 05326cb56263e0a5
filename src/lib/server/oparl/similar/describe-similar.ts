import { and, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import {
	MOTION_STATUS_LABELS,
	MOTION_TYPE_LABELS,
	type MotionStatus,
	type MotionType
} from '$lib/shared/motions';
import type { SimilarItem } from '$lib/shared/oparl-similar';
import { db } from '../../db';
import { organization } from '../../territory/schema';
import { oparlAgendaItem, oparlBody, oparlConsultation, oparlMeeting, oparlPaper } from '../schema';
import type { RankedDocument } from './rank-similar';

/**
 * What a similar document came to, for the list: a council paper's latest consultation result
 * (the agenda item's `result`, the newest meeting first) and its body; a motion's status and
 * council.
 */
export async function describeSimilar(ranked: RankedDocument[]): Promise<SimilarItem[]> {
	const paperIds = ranked.filter((doc) => doc.type === 'paper').map((doc) => doc.sourceId);
	const organizationIds = [
		...new Set(
			ranked
				.filter((doc) => doc.type === 'motion' && doc.organizationId)
				.map((doc) => doc.organizationId!)
		)
	];
	const [papers, outcomes, councils] = await Promise.all([
		paperIds.length === 0
			? []
			: db
					.select({
						id: oparlPaper.objectId,
						bodyName: oparlBody.name,
						paperType: oparlPaper.paperType
					})
					.from(oparlPaper)
					.innerJoin(oparlBody, eq(oparlBody.objectId, oparlPaper.bodyId))
					.where(inArray(oparlPaper.objectId, paperIds)),
		paperOutcomes(paperIds),
		organizationIds.length === 0
			? []
			: db
					.select({ id: organization.id, name: organization.name })
					.from(organization)
					.where(inArray(organization.id, organizationIds))
	]);
	const paperById = new Map(papers.map((row) => [row.id, row]));
	const councilName = new Map(councils.map((row) => [row.id, row.name]));

	return ranked.map((doc): SimilarItem => {
		if (doc.type === 'paper') {
			const paper = paperById.get(doc.sourceId);
			return {
				type: 'paper',
				id: doc.sourceId,
				title: doc.title,
				url: doc.url,
				place: paper?.bodyName ?? null,
				kindLabel: paper?.paperType ?? doc.kind,
				date: doc.date,
				outcome: outcomes.get(doc.sourceId) ?? null
			};
		}
		return {
			type: 'motion',
			id: doc.sourceId,
			title: doc.title,
			url: doc.url,
			place: doc.organizationId ? (councilName.get(doc.organizationId) ?? null) : null,
			kindLabel: MOTION_TYPE_LABELS[doc.kind as MotionType] ?? null,
			date: doc.date,
			outcome: MOTION_STATUS_LABELS[doc.status as MotionStatus] ?? null
		};
	});
}

/** The newest consultation result per paper. */
export async function paperOutcomes(paperIds: string[]): Promise<Map<string, string>> {
	const outcomes = new Map<string, string>();
	if (paperIds.length === 0) return outcomes;
	const rows = await db
		.select({ paperId: oparlConsultation.paperId, result: oparlAgendaItem.result })
		.from(oparlConsultation)
		.innerJoin(oparlAgendaItem, eq(oparlAgendaItem.objectId, oparlConsultation.agendaItemId))
		.leftJoin(oparlMeeting, eq(oparlMeeting.objectId, oparlConsultation.meetingId))
		.where(
			and(
				inArray(oparlConsultation.paperId, paperIds),
				isNotNull(oparlAgendaItem.result),
				ne(sql`trim(${oparlAgendaItem.result})`, '')
			)
		)
		.orderBy(sql`${oparlMeeting.start} DESC NULLS LAST`);
	for (const row of rows) {
		if (row.paperId && row.result && !outcomes.has(row.paperId))
			outcomes.set(row.paperId, row.result.trim());
	}
	return outcomes;
}
