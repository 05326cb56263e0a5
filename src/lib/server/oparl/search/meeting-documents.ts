import { berlinDay } from '$lib/shared/berlin-time';
import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { oparlAgendaItem, oparlMeeting, oparlObject } from '../schema';
import {
	joinParts,
	loadDocumentObjects,
	objectsOfType,
	organizationNames,
	presentObjects,
	publicPlaceColumns,
	type BuiltDocuments
} from './council-documents';
import { documentDay, lines, meetingTimeText, oneLine } from './document-text';
import type { OparlExecutor } from './executor';
import { fileTextsOf } from './file-texts';
import type { OparlDocument } from './write-documents';

/** Search rows of meetings: name, Gremien, time and place; cancelled ones say so. */
export async function meetingDocuments(
	executor: OparlExecutor,
	meetingIds: readonly string[]
): Promise<BuiltDocuments> {
	if (meetingIds.length === 0) return { rows: [], gone: [] };
	const { present, gone, places } = await loadDocumentObjects(
		executor,
		meetingIds,
		'meeting',
		oparlMeeting,
		{
			name: oparlMeeting.name,
			start: oparlMeeting.start,
			cancelled: oparlMeeting.cancelled,
			locationText: oparlMeeting.locationText,
			organizationIds: oparlMeeting.organizationIds
		}
	);
	const names = await organizationNames(
		executor,
		present.flatMap((meeting) => meeting.organizationIds ?? [])
	);
	const rows = present.map((meeting): OparlDocument => {
		const gremien = (meeting.organizationIds ?? [])
			.map((id) => names.get(id))
			.filter((name): name is string => !!name);
		return {
			...publicPlaceColumns(places.get(meeting.bodyId)!),
			type: 'meeting',
			sourceId: meeting.id,
			title: oneLine(meeting.name) || gremien.join(', ') || 'Sitzung',
			body: lines(
				gremien.join(', '),
				meeting.start && meetingTimeText(meeting.start),
				oneLine(meeting.locationText),
				meeting.cancelled && 'Die Sitzung fällt aus.'
			),
			attachmentText: '',
			url: `/ratsinfo/sitzungen/${meeting.id}`,
			date: documentDay(
				meeting.start ? berlinDay(meeting.start) : null,
				meeting.created,
				meeting.fetchedAt
			),
			kind: null,
			// The status facet's word for events that do not take place (labelled "abgesagt").
			status: meeting.cancelled ? 'cancelled' : null
		};
	});
	return { rows, gone };
}

/**
 * Search rows of agenda items: number and name as the title; the meeting, the result and the
 * resolution as the text, the resolution file's text as attachment text; the address is the
 * item's anchor on the meeting page. An item that came embedded without its `meeting` field
 * belongs to the meeting it came in.
 */
export async function agendaItemDocuments(
	executor: OparlExecutor,
	itemIds: readonly string[]
): Promise<BuiltDocuments> {
	if (itemIds.length === 0) return { rows: [], gone: [] };
	const meetingObject = alias(oparlObject, 'meeting_object');
	const meetingOf = sql`coalesce(${oparlAgendaItem.meetingId}, ${oparlObject.parentId})`;
	const items = await executor
		.select({
			id: oparlObject.id,
			deleted: oparlObject.deleted,
			placeholder: oparlObject.placeholder,
			projected: oparlAgendaItem.objectId,
			number: oparlAgendaItem.number,
			name: oparlAgendaItem.name,
			result: oparlAgendaItem.result,
			resolutionText: oparlAgendaItem.resolutionText,
			meetingId: oparlMeeting.objectId,
			meetingDeleted: meetingObject.deleted,
			meetingName: oparlMeeting.name,
			meetingStart: oparlMeeting.start,
			meetingCreated: meetingObject.created,
			meetingFetchedAt: meetingObject.fetchedAt,
			bodyId: oparlMeeting.bodyId
		})
		.from(oparlObject)
		.leftJoin(oparlAgendaItem, eq(oparlAgendaItem.objectId, oparlObject.id))
		.leftJoin(oparlMeeting, eq(oparlMeeting.objectId, meetingOf))
		.leftJoin(meetingObject, eq(meetingObject.id, oparlMeeting.objectId))
		.where(objectsOfType(itemIds, 'agendaItem'));
	const { present, gone, places } = await presentObjects(
		executor,
		itemIds,
		items,
		(item) => item.meetingId !== null && !item.meetingDeleted
	);
	const fileTexts = await fileTextsOf(executor, present);
	const rows = present.map((item): OparlDocument => {
		const title = joinParts(' ', oneLine(item.number), oneLine(item.name));
		const meeting = joinParts(
			', ',
			oneLine(item.meetingName),
			item.meetingStart && meetingTimeText(item.meetingStart)
		);
		return {
			...publicPlaceColumns(places.get(item.bodyId)!),
			type: 'agendaItem',
			sourceId: item.id,
			title: title || 'Tagesordnungspunkt',
			body: lines(
				meeting && `Sitzung: ${meeting}`,
				oneLine(item.result) && `Ergebnis: ${oneLine(item.result)}`,
				item.resolutionText
			),
			attachmentText: fileTexts.get(item.id) ?? '',
			url: `/ratsinfo/sitzungen/${item.meetingId}#top-${item.id}`,
			date: documentDay(
				item.meetingStart ? berlinDay(item.meetingStart) : null,
				item.meetingCreated,
				item.meetingFetchedAt
			),
			kind: null,
			status: null
		};
	});
	return { rows, gone };
}
