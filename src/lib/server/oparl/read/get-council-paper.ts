import { and, eq, or } from 'drizzle-orm';
import { db } from '../../db';
import {
	oparlAgendaItem,
	oparlBody,
	oparlConsultation,
	oparlMeeting,
	oparlObject,
	oparlPaper
} from '../schema';
import { councilFilesOf, type CouncilFile } from './council-files';
import { httpUrl } from './http-url';
import { isUuid } from '../../directory/is-uuid';
import { organizationNames } from './organization-names';
import { shownCondition, shownObjectIds } from './shown';

export interface PaperConsultation {
	id: string;
	role: string | null;
	authoritative: boolean | null;
	organizations: string[];
	/** Null when the meeting is not imported (yet): the consultation still says what it was. */
	meeting: { id: string; name: string; start: Date | null; cancelled: boolean } | null;
	agendaItem: { id: string; number: string | null; name: string; result: string | null } | null;
}

export interface CouncilPaper {
	id: string;
	name: string;
	reference: string | null;
	date: string | null;
	paperType: string | null;
	webUrl: string | null;
	body: { id: string; name: string };
	consultations: PaperConsultation[];
	files: CouncilFile[];
}

/** A paper of a followed body with its consultations in order and its files; else null. */
export async function getCouncilPaper(id: string): Promise<CouncilPaper | null> {
	if (!isUuid(id)) return null;
	const [row] = await db
		.select({ paper: oparlPaper, raw: oparlObject.raw, bodyName: oparlBody.name })
		.from(oparlPaper)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlPaper.objectId))
		.innerJoin(oparlBody, eq(oparlBody.objectId, oparlPaper.bodyId))
		.where(and(eq(oparlPaper.objectId, id), shownCondition()));
	if (!row) return null;
	const { paper } = row;
	const [consultations, files] = await Promise.all([
		consultationsOf(id),
		councilFilesOf([{ id, raw: row.raw }])
	]);
	return {
		id,
		name: paper.name,
		reference: paper.reference,
		date: paper.date,
		paperType: paper.paperType,
		webUrl: httpUrl(paper.webUrl) ?? httpUrl(row.raw?.['web']),
		body: { id: paper.bodyId, name: row.bodyName },
		consultations,
		files: files.get(id) ?? []
	};
}

async function consultationsOf(paperId: string): Promise<PaperConsultation[]> {
	// Embedded consultations often lack `paper` (the server left it implicit): their parent is it.
	const rows = await db
		.select({
			consultation: oparlConsultation,
			meeting: {
				name: oparlMeeting.name,
				start: oparlMeeting.start,
				cancelled: oparlMeeting.cancelled,
				organizationIds: oparlMeeting.organizationIds
			},
			item: {
				id: oparlAgendaItem.objectId,
				number: oparlAgendaItem.number,
				name: oparlAgendaItem.name,
				result: oparlAgendaItem.result
			}
		})
		.from(oparlConsultation)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlConsultation.objectId))
		.leftJoin(oparlMeeting, eq(oparlMeeting.objectId, oparlConsultation.meetingId))
		.leftJoin(oparlAgendaItem, eq(oparlAgendaItem.objectId, oparlConsultation.agendaItemId))
		.where(
			and(
				or(eq(oparlConsultation.paperId, paperId), eq(oparlObject.parentId, paperId)),
				eq(oparlObject.deleted, false),
				eq(oparlObject.placeholder, false)
			)
		);
	const shown = await shownObjectIds(rows.map((row) => row.consultation.meetingId));
	const names = await organizationNames(
		rows.flatMap((row) => [
			...row.consultation.organizationIds,
			...(row.meeting?.organizationIds ?? [])
		])
	);
	const named = (ids: string[]) =>
		ids.map((id) => names.get(id)).filter((name): name is string => name !== undefined);
	return rows
		.map(({ consultation, meeting, item }) => {
			const meetingShown =
				consultation.meetingId !== null && shown.has(consultation.meetingId) ? meeting : null;
			const organizations = named(consultation.organizationIds);
			return {
				id: consultation.objectId,
				role: consultation.role,
				authoritative: consultation.authoritative,
				organizations:
					organizations.length > 0 ? organizations : named(meetingShown?.organizationIds ?? []),
				meeting: meetingShown
					? {
							id: consultation.meetingId!,
							name: meetingShown.name,
							start: meetingShown.start,
							cancelled: meetingShown.cancelled
						}
					: null,
				agendaItem: meetingShown && item ? item : null
			};
		})
		.sort(byMeetingDate);
}

/** The order the paper went through the Gremien: by meeting date, undated ones last. */
function byMeetingDate(a: PaperConsultation, b: PaperConsultation): number {
	const time = (entry: PaperConsultation) => entry.meeting?.start?.getTime() ?? Infinity;
	return time(a) - time(b) || a.id.localeCompare(b.id);
}
