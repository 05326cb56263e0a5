import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import {
	oparlAgendaItem,
	oparlConsultation,
	oparlMeeting,
	oparlObject,
	oparlPaper
} from '../schema';
import {
	joinParts,
	loadDocumentObjects,
	organizationNames,
	publicPlaceColumns,
	type BuiltDocuments
} from './council-documents';
import { documentDay, lines, meetingDayText, oneLine } from './document-text';
import type { OparlExecutor } from './executor';
import { fileTextsOf } from './file-texts';
import type { OparlDocument } from './write-documents';

export type { BuiltDocuments } from './council-documents';

/**
 * Search rows of council papers: reference and name as the title; the paper type, the name and
 * what its consultations decided as the text; its files' extracted text as attachment text.
 */
export async function paperDocuments(
	executor: OparlExecutor,
	paperIds: readonly string[]
): Promise<BuiltDocuments> {
	if (paperIds.length === 0) return { rows: [], gone: [] };
	const { present, gone, places } = await loadDocumentObjects(
		executor,
		paperIds,
		'paper',
		oparlPaper,
		{
			name: oparlPaper.name,
			reference: oparlPaper.reference,
			date: oparlPaper.date,
			paperType: oparlPaper.paperType,
			mainFileId: oparlPaper.mainFileId
		}
	);
	if (present.length === 0) return { rows: [], gone };

	const [consultations, fileTexts] = await Promise.all([
		consultationsOf(
			executor,
			present.map((paper) => paper.id)
		),
		fileTextsOf(executor, present)
	]);
	const rows = present.map((paper): OparlDocument => {
		const title = joinParts(' – ', oneLine(paper.reference), oneLine(paper.name));
		return {
			...publicPlaceColumns(places.get(paper.bodyId)!),
			type: 'paper',
			sourceId: paper.id,
			title: title || 'Vorlage ohne Titel',
			body: lines(
				paper.paperType && paper.name
					? `${oneLine(paper.paperType)}: ${oneLine(paper.name)}`
					: oneLine(paper.name),
				...(consultations.get(paper.id) ?? [])
			),
			attachmentText: fileTexts.get(paper.id) ?? '',
			url: `/ratsinfo/vorlagen/${paper.id}`,
			date: documentDay(paper.date, paper.created, paper.modified, paper.fetchedAt),
			kind: oneLine(paper.paperType) || null,
			status: null
		};
	});
	return { rows, gone };
}

/**
 * One line per consultation of each paper, in the order of its meetings: where and when it was
 * discussed, in which role, and the result ("Ausschuss für Umwelt, 12. März 2024
 * (Vorberatung): einstimmig empfohlen"). A consultation that came embedded without its `paper`
 * field (as Sternberg servers send them) belongs to the paper it came in.
 */
async function consultationsOf(
	executor: OparlExecutor,
	paperIds: string[]
): Promise<Map<string, string[]>> {
	const paperOf = sql<string>`coalesce(${oparlConsultation.paperId}, ${oparlObject.parentId})`;
	const select = (condition: SQL | undefined) =>
		executor
			.select({
				paperId: paperOf,
				oparlId: oparlObject.oparlId,
				role: oparlConsultation.role,
				organizationIds: oparlConsultation.organizationIds,
				meetingName: oparlMeeting.name,
				meetingStart: oparlMeeting.start,
				meetingOrganizationIds: oparlMeeting.organizationIds,
				result: oparlAgendaItem.result
			})
			.from(oparlConsultation)
			.innerJoin(oparlObject, eq(oparlObject.id, oparlConsultation.objectId))
			.leftJoin(oparlMeeting, eq(oparlMeeting.objectId, oparlConsultation.meetingId))
			.leftJoin(oparlAgendaItem, eq(oparlAgendaItem.objectId, oparlConsultation.agendaItemId))
			.where(and(eq(oparlObject.deleted, false), condition));
	// Two statements, each on its own index (an OR across the two tables would scan them).
	const rows = [
		...(await select(inArray(oparlConsultation.paperId, paperIds))),
		...(await select(
			and(isNull(oparlConsultation.paperId), inArray(oparlObject.parentId, paperIds))
		))
	].sort(
		(a, b) =>
			(a.meetingStart?.getTime() ?? Infinity) - (b.meetingStart?.getTime() ?? Infinity) ||
			a.oparlId.localeCompare(b.oparlId)
	);
	const organizationIds = [
		...new Set(
			rows.flatMap((row) =>
				row.organizationIds.length > 0 ? row.organizationIds : (row.meetingOrganizationIds ?? [])
			)
		)
	];
	const names = await organizationNames(executor, organizationIds);
	const byPaper = new Map<string, string[]>();
	for (const row of rows) {
		const gremien = (
			row.organizationIds.length > 0 ? row.organizationIds : (row.meetingOrganizationIds ?? [])
		)
			.map((id) => names.get(id))
			.filter((name): name is string => !!name);
		const where = joinParts(
			', ',
			gremien.join(', ') || oneLine(row.meetingName),
			row.meetingStart && meetingDayText(row.meetingStart)
		);
		const role = oneLine(row.role) ? ` (${oneLine(row.role)})` : '';
		const result = oneLine(row.result);
		if (!where && !result) continue;
		const line = `${where ? `Beratung: ${where}${role}` : 'Beratung'}${result ? `: ${result}` : ''}`;
		const list = byPaper.get(row.paperId);
		if (list) list.push(line);
		else byPaper.set(row.paperId, [line]);
	}
	return byPaper;
}
