import { and, arrayOverlaps, eq, inArray, sql, type SQL } from 'drizzle-orm';
import {
	oparlAgendaItem,
	oparlConsultation,
	oparlMeeting,
	oparlObject,
	oparlPaper
} from '../schema';
import type { OparlExecutor } from './executor';

/** The council objects whose search rows must be rewritten. */
export interface IndexTargets {
	papers: Set<string>;
	meetings: Set<string>;
	agendaItems: Set<string>;
}

/**
 * From changed objects of any type to the documents that show them: a paper, meeting or agenda
 * item itself; a consultation → its paper (the paper's text lists its consultations); an agenda
 * item → the papers consulted under it (their results); a meeting → its agenda items (dated and
 * described by it) and the papers consulted in it; a file → the paper or agenda item it came
 * with (attachment text); a Gremium → its meetings and the papers it consulted (by name).
 * Persons, memberships and locations appear in no document.
 */
export async function resolveTargets(
	executor: OparlExecutor,
	objectIds: readonly string[]
): Promise<IndexTargets> {
	const targets: IndexTargets = { papers: new Set(), meetings: new Set(), agendaItems: new Set() };
	if (objectIds.length === 0) return targets;
	const objects = await executor
		.select({ id: oparlObject.id, type: oparlObject.type, parentId: oparlObject.parentId })
		.from(oparlObject)
		.where(inArray(oparlObject.id, [...new Set(objectIds)]));
	const ofType = (type: string) => objects.filter((row) => row.type === type).map((row) => row.id);
	for (const id of ofType('paper')) targets.papers.add(id);
	for (const id of ofType('meeting')) targets.meetings.add(id);
	for (const id of ofType('agendaItem')) targets.agendaItems.add(id);

	const consultations = ofType('consultation');
	const files = objects.filter((row) => row.type === 'file');
	const organizations = ofType('organization');
	const meetings = [...targets.meetings];
	const items = [...targets.agendaItems];
	const addPapers = (ids: string[]) => ids.forEach((id) => targets.papers.add(id));

	await Promise.all([
		// Consultations (changed, or under a changed agenda item / meeting) → papers; one
		// statement per way in, each on its own index (an OR across them would scan).
		// By id from the object row: a deleted consultation has no projection left, only its parent.
		consultations.length > 0 &&
			executor
				.select({
					paperId: sql<
						string | null
					>`coalesce(${oparlConsultation.paperId}, ${oparlObject.parentId})`
				})
				.from(oparlObject)
				.leftJoin(oparlConsultation, eq(oparlConsultation.objectId, oparlObject.id))
				.where(inArray(oparlObject.id, consultations))
				.then((rows) => addPapers(rows.flatMap((row) => (row.paperId ? [row.paperId] : [])))),
		items.length > 0 &&
			consultationPapers(executor, inArray(oparlConsultation.agendaItemId, items)).then(addPapers),
		meetings.length > 0 &&
			consultationPapers(executor, inArray(oparlConsultation.meetingId, meetings)).then(addPapers),
		// Agenda items that name a consultation of their own (the other direction).
		items.length > 0 &&
			executor
				.select({ paperId: oparlConsultation.paperId, parentId: oparlObject.parentId })
				.from(oparlAgendaItem)
				.innerJoin(
					oparlConsultation,
					eq(oparlConsultation.objectId, oparlAgendaItem.consultationId)
				)
				.innerJoin(oparlObject, eq(oparlObject.id, oparlConsultation.objectId))
				.where(inArray(oparlAgendaItem.objectId, items))
				.then((rows) =>
					rows.forEach((row) => {
						const paperId = row.paperId ?? row.parentId;
						if (paperId) targets.papers.add(paperId);
					})
				),
		// A meeting's agenda items, by reference or embedded without it.
		meetings.length > 0 &&
			executor
				.select({ id: oparlAgendaItem.objectId })
				.from(oparlAgendaItem)
				.where(inArray(oparlAgendaItem.meetingId, meetings))
				.then((rows) => rows.forEach((row) => targets.agendaItems.add(row.id))),
		meetings.length > 0 &&
			executor
				.select({ id: oparlObject.id })
				.from(oparlObject)
				.where(and(inArray(oparlObject.parentId, meetings), eq(oparlObject.type, 'agendaItem')))
				.then((rows) => rows.forEach((row) => targets.agendaItems.add(row.id))),
		// Files → the objects they came embedded in, and papers naming them as main file.
		files.length > 0 &&
			filesToParents(executor, files).then(({ papers, agendaItems }) => {
				papers.forEach((id) => targets.papers.add(id));
				agendaItems.forEach((id) => targets.agendaItems.add(id));
			}),
		// Gremien → their meetings and the papers they consulted.
		organizations.length > 0 &&
			executor
				.select({ id: oparlMeeting.objectId })
				.from(oparlMeeting)
				.where(arrayOverlaps(oparlMeeting.organizationIds, organizations))
				.then((rows) => rows.forEach((row) => targets.meetings.add(row.id))),
		organizations.length > 0 &&
			executor
				.select({
					paperId: sql<
						string | null
					>`coalesce(${oparlConsultation.paperId}, ${oparlObject.parentId})`
				})
				.from(oparlConsultation)
				.innerJoin(oparlObject, eq(oparlObject.id, oparlConsultation.objectId))
				.where(arrayOverlaps(oparlConsultation.organizationIds, organizations))
				.then((rows) => rows.forEach((row) => row.paperId && targets.papers.add(row.paperId)))
	]);
	return targets;
}

async function filesToParents(
	executor: OparlExecutor,
	files: { id: string; parentId: string | null }[]
): Promise<{ papers: string[]; agendaItems: string[] }> {
	const parentIds = files.flatMap((file) => (file.parentId ? [file.parentId] : []));
	// Embedded files have their paper as parent; only a main file given by reference needs the
	// papers searched for it.
	const referenced = files.filter((file) => !file.parentId).map((file) => file.id);
	const [parents, byMainFile] = await Promise.all([
		parentIds.length > 0
			? executor
					.select({ id: oparlObject.id, type: oparlObject.type })
					.from(oparlObject)
					.where(inArray(oparlObject.id, parentIds))
			: [],
		referenced.length > 0
			? executor
					.select({ id: oparlPaper.objectId })
					.from(oparlPaper)
					.where(inArray(oparlPaper.mainFileId, referenced))
			: []
	]);
	return {
		papers: [
			...parents.filter((row) => row.type === 'paper').map((row) => row.id),
			...byMainFile.map((row) => row.id)
		],
		agendaItems: parents.filter((row) => row.type === 'agendaItem').map((row) => row.id)
	};
}

/** The papers of the consultations matching `condition` (embedded ones belong to their parent). */
async function consultationPapers(executor: OparlExecutor, condition: SQL): Promise<string[]> {
	const rows = await executor
		.select({
			paperId: sql<string | null>`coalesce(${oparlConsultation.paperId}, ${oparlObject.parentId})`
		})
		.from(oparlConsultation)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlConsultation.objectId))
		.where(condition);
	return rows.flatMap((row) => (row.paperId ? [row.paperId] : []));
}
