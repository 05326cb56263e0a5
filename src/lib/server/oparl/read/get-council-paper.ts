import { eq } from 'drizzle-orm';
import { db } from '../../db';
import {
	oparlAgendaItem,
	oparlConsultation,
	oparlMeeting,
	oparlObject,
	oparlPaper
} from '../schema';
import { councilFilesOf } from './council-files';
import { belongingTo, shownPage, type CouncilPageBase } from './council-page';
import { namesOf, organizationNames } from './organization-names';
import { shownObjectIds } from './shown';

export interface PaperConsultation {
	id: string;
	role: string | null;
	authoritative: boolean | null;
	organizations: string[];
	/** Null when the meeting is not imported (yet): the consultation still says what it was. */
	meeting: { id: string; name: string; start: Date | null; cancelled: boolean } | null;
	agendaItem: { id: string; number: string | null; name: string; result: string | null } | null;
}

export interface CouncilPaper extends CouncilPageBase {
	reference: string | null;
	date: string | null;
	paperType: string | null;
	consultations: PaperConsultation[];
}

/** A paper of a followed body with its consultations in order and its files; else null. */
export async function getCouncilPaper(id: string): Promise<CouncilPaper | null> {
	const page = await shownPage<typeof oparlPaper.$inferSelect>(oparlPaper, id);
	if (!page) return null;
	const { row: paper } = page;
	const [consultations, files] = await Promise.all([
		consultationsOf(id),
		councilFilesOf([{ id, raw: page.raw }])
	]);
	return {
		id,
		name: paper.name,
		reference: paper.reference,
		date: paper.date,
		paperType: paper.paperType,
		webUrl: page.webUrl,
		body: page.body,
		consultations,
		files: files.get(id) ?? []
	};
}

async function consultationsOf(paperId: string): Promise<PaperConsultation[]> {
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
		.where(belongingTo(oparlConsultation.paperId, paperId));
	const shown = await shownObjectIds(rows.map((row) => row.consultation.meetingId));
	const names = await organizationNames(
		rows.flatMap((row) => [
			...row.consultation.organizationIds,
			...(row.meeting?.organizationIds ?? [])
		])
	);
	const named = (ids: string[]) => namesOf(names, ids);
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
