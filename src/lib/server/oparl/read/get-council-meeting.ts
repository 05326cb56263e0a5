import { and, eq, inArray, or } from 'drizzle-orm';
import { db } from '../../db';
import {
	oparlAgendaItem,
	oparlConsultation,
	oparlMeeting,
	oparlObject,
	oparlPaper
} from '../schema';
import { councilFilesOf, type CouncilFile } from './council-files';
import { belongingTo, shownPage, type CouncilPageBase } from './council-page';
import { namesOf, organizationNames } from './organization-names';
import { shownObjectIds } from './shown';

export interface MeetingAgendaItem {
	id: string;
	number: string | null;
	name: string;
	/** Null when the server does not say (most 1.0 servers for the opening items). */
	public: boolean | null;
	result: string | null;
	resolutionText: string | null;
	papers: { id: string; reference: string | null; name: string }[];
	files: CouncilFile[];
}

export interface CouncilMeeting extends CouncilPageBase {
	start: Date | null;
	end: Date | null;
	cancelled: boolean;
	meetingState: string | null;
	locationText: string | null;
	organizations: string[];
	agendaItems: MeetingAgendaItem[];
}

/** A meeting of a followed body with its agenda in order; else null. */
export async function getCouncilMeeting(id: string): Promise<CouncilMeeting | null> {
	const page = await shownPage<typeof oparlMeeting.$inferSelect>(oparlMeeting, id);
	if (!page) return null;
	const { row: meeting } = page;
	const items = await agendaItemsOf(id);
	const [names, papers, files] = await Promise.all([
		organizationNames(meeting.organizationIds),
		papersOf(items.map((item) => item.id)),
		councilFilesOf([
			{ id, raw: page.raw },
			...items.map((item) => ({ id: item.id, raw: item.raw }))
		])
	]);
	return {
		id,
		name: meeting.name,
		start: meeting.start,
		end: meeting.end,
		cancelled: meeting.cancelled,
		meetingState: meeting.meetingState,
		locationText: meeting.locationText,
		webUrl: page.webUrl,
		body: page.body,
		organizations: namesOf(names, meeting.organizationIds),
		agendaItems: items.map(({ raw: _raw, ...item }) => ({
			...item,
			papers: papers.get(item.id) ?? [],
			files: files.get(item.id) ?? []
		})),
		files: files.get(id) ?? []
	};
}

async function agendaItemsOf(meetingId: string) {
	const rows = await db
		.select({ item: oparlAgendaItem, raw: oparlObject.raw })
		.from(oparlAgendaItem)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlAgendaItem.objectId))
		.where(belongingTo(oparlAgendaItem.meetingId, meetingId));
	return rows
		.map(({ item, raw }) => ({
			id: item.objectId,
			position: item.position,
			number: item.number?.trim() || null,
			name: item.name,
			public: item.public,
			result: item.result,
			resolutionText: item.resolutionText,
			consultationId: item.consultationId,
			raw
		}))
		.sort(
			(a, b) =>
				(a.position ?? Infinity) - (b.position ?? Infinity) ||
				(a.number ?? '').localeCompare(b.number ?? '', 'de', { numeric: true }) ||
				a.id.localeCompare(b.id)
		)
		.map(({ position: _position, consultationId: _consultationId, ...item }) => item);
}

/**
 * The papers discussed under each agenda item, found from either side: the item's consultation
 * or a consultation naming the item (servers fill one or the other). Only papers with a page.
 */
async function papersOf(itemIds: string[]): Promise<Map<string, MeetingAgendaItem['papers']>> {
	const byItem = new Map<string, MeetingAgendaItem['papers']>();
	if (itemIds.length === 0) return byItem;
	const rows = await db
		.select({
			itemId: oparlAgendaItem.objectId,
			paperId: oparlConsultation.paperId,
			parentId: oparlObject.parentId
		})
		.from(oparlAgendaItem)
		.innerJoin(
			oparlConsultation,
			or(
				eq(oparlConsultation.objectId, oparlAgendaItem.consultationId),
				eq(oparlConsultation.agendaItemId, oparlAgendaItem.objectId)
			)
		)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlConsultation.objectId))
		.where(and(inArray(oparlAgendaItem.objectId, itemIds), eq(oparlObject.deleted, false)));
	const links = rows.map((row) => ({ itemId: row.itemId, paperId: row.paperId ?? row.parentId }));
	const shown = await shownObjectIds(links.map((link) => link.paperId));
	const paperIds = [...shown];
	const papers =
		paperIds.length === 0
			? []
			: await db
					.select({
						id: oparlPaper.objectId,
						reference: oparlPaper.reference,
						name: oparlPaper.name
					})
					.from(oparlPaper)
					.where(inArray(oparlPaper.objectId, paperIds));
	const paperById = new Map(papers.map((paper) => [paper.id, paper]));
	for (const { itemId, paperId } of links) {
		const paper = paperId ? paperById.get(paperId) : undefined;
		if (!paper) continue;
		const list = byItem.get(itemId) ?? [];
		if (!list.some((entry) => entry.id === paper.id)) list.push(paper);
		byItem.set(itemId, list);
	}
	return byItem;
}
