import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import {
	oparlAgendaItem,
	oparlConsultation,
	oparlMeeting,
	oparlObject,
	oparlOrganization,
	oparlPaper
} from '../schema';
import { bodyPlaces } from './body-places';
import { documentDay, lines, meetingDayText, oneLine } from './document-text';
import type { OparlExecutor } from './executor';
import { fileTextsOf } from './file-texts';
import type { OparlDocument } from './write-documents';

export interface BuiltDocuments {
	rows: OparlDocument[];
	/** Objects that have no document (deleted, placeholder, body not followed …). */
	gone: string[];
}

/**
 * Search rows of council papers: reference and name as the title; the paper type, the name and
 * what its consultations decided as the text; its files' extracted text as attachment text.
 */
export async function paperDocuments(
	executor: OparlExecutor,
	paperIds: readonly string[]
): Promise<BuiltDocuments> {
	if (paperIds.length === 0) return { rows: [], gone: [] };
	const papers = await executor
		.select({
			id: oparlObject.id,
			deleted: oparlObject.deleted,
			placeholder: oparlObject.placeholder,
			created: oparlObject.created,
			modified: oparlObject.modified,
			fetchedAt: oparlObject.fetchedAt,
			projected: oparlPaper.objectId,
			bodyId: oparlPaper.bodyId,
			name: oparlPaper.name,
			reference: oparlPaper.reference,
			date: oparlPaper.date,
			paperType: oparlPaper.paperType,
			mainFileId: oparlPaper.mainFileId
		})
		.from(oparlObject)
		.leftJoin(oparlPaper, eq(oparlPaper.objectId, oparlObject.id))
		.where(and(inArray(oparlObject.id, [...paperIds]), eq(oparlObject.type, 'paper')));
	const places = await bodyPlaces(
		executor,
		papers.flatMap((paper) => (paper.bodyId ? [paper.bodyId] : []))
	);
	const present = papers.filter(
		(paper) =>
			!paper.deleted &&
			!paper.placeholder &&
			paper.projected !== null &&
			paper.bodyId !== null &&
			places.get(paper.bodyId)?.followed === true
	);
	const presentIds = new Set(present.map((paper) => paper.id));
	const gone = paperIds.filter((id) => !presentIds.has(id));
	if (present.length === 0) return { rows: [], gone };

	const [consultations, fileTexts] = await Promise.all([
		consultationsOf(executor, [...presentIds]),
		fileTextsOf(executor, present)
	]);
	const rows = present.map((paper): OparlDocument => {
		const place = places.get(paper.bodyId!)!;
		const title = [paper.reference, paper.name]
			.map((part) => oneLine(part))
			.filter((part) => !!part)
			.join(' – ');
		return {
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
			status: null,
			topicIds: [],
			districtAgs: place.districtAgs,
			councilType: place.councilType,
			organizationId: place.councilOrganizationId,
			oparlBodyId: place.oparlBodyId,
			// Council information systems publish these papers: public record.
			access: 'public',
			readerFactionIds: [],
			readerUserIds: [],
			modifiedAt: new Date()
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
	const names = new Map(
		(organizationIds.length > 0
			? await executor
					.select({ id: oparlOrganization.objectId, name: oparlOrganization.name })
					.from(oparlOrganization)
					.where(inArray(oparlOrganization.objectId, organizationIds))
			: []
		).map((row) => [row.id, row.name])
	);
	const byPaper = new Map<string, string[]>();
	for (const row of rows) {
		const gremien = (
			row.organizationIds.length > 0 ? row.organizationIds : (row.meetingOrganizationIds ?? [])
		)
			.map((id) => oneLine(names.get(id)))
			.filter((name) => name !== '');
		const where = [
			gremien.join(', ') || oneLine(row.meetingName),
			row.meetingStart && meetingDayText(row.meetingStart)
		]
			.filter((part) => !!part)
			.join(', ');
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
