import { berlinDay } from '$lib/shared/berlin-time';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { oparlAgendaItem, oparlMeeting, oparlObject, oparlOrganization } from '../schema';
import { bodyPlaces, type BodyPlace } from './body-places';
import { documentDay, lines, meetingTimeText, oneLine } from './document-text';
import type { OparlExecutor } from './executor';
import { fileTextsOf } from './file-texts';
import type { BuiltDocuments } from './paper-documents';
import type { OparlDocument } from './write-documents';

/** Search rows of meetings: name, Gremien, time and place; cancelled ones say so. */
export async function meetingDocuments(
	executor: OparlExecutor,
	meetingIds: readonly string[]
): Promise<BuiltDocuments> {
	if (meetingIds.length === 0) return { rows: [], gone: [] };
	const meetings = await executor
		.select({
			id: oparlObject.id,
			deleted: oparlObject.deleted,
			placeholder: oparlObject.placeholder,
			created: oparlObject.created,
			fetchedAt: oparlObject.fetchedAt,
			projected: oparlMeeting.objectId,
			bodyId: oparlMeeting.bodyId,
			name: oparlMeeting.name,
			start: oparlMeeting.start,
			cancelled: oparlMeeting.cancelled,
			locationText: oparlMeeting.locationText,
			organizationIds: oparlMeeting.organizationIds
		})
		.from(oparlObject)
		.leftJoin(oparlMeeting, eq(oparlMeeting.objectId, oparlObject.id))
		.where(and(inArray(oparlObject.id, [...meetingIds]), eq(oparlObject.type, 'meeting')));
	const places = await bodyPlaces(
		executor,
		meetings.flatMap((meeting) => (meeting.bodyId ? [meeting.bodyId] : []))
	);
	const present = meetings.filter(
		(meeting) =>
			!meeting.deleted &&
			!meeting.placeholder &&
			meeting.projected !== null &&
			places.get(meeting.bodyId!)?.followed === true
	);
	const presentIds = new Set(present.map((meeting) => meeting.id));
	const gone = meetingIds.filter((id) => !presentIds.has(id));
	const names = await organizationNames(
		executor,
		present.flatMap((meeting) => meeting.organizationIds ?? [])
	);
	const rows = present.map((meeting): OparlDocument => {
		const gremien = (meeting.organizationIds ?? [])
			.map((id) => names.get(id))
			.filter((name): name is string => !!name);
		return {
			...placeColumns(places.get(meeting.bodyId!)!),
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
		.where(and(inArray(oparlObject.id, [...itemIds]), eq(oparlObject.type, 'agendaItem')));
	const places = await bodyPlaces(
		executor,
		items.flatMap((item) => (item.bodyId ? [item.bodyId] : []))
	);
	const present = items.filter(
		(item) =>
			!item.deleted &&
			!item.placeholder &&
			item.projected !== null &&
			item.meetingId !== null &&
			!item.meetingDeleted &&
			places.get(item.bodyId!)?.followed === true
	);
	const presentIds = new Set(present.map((item) => item.id));
	const gone = itemIds.filter((id) => !presentIds.has(id));
	const fileTexts = await fileTextsOf(executor, present);
	const rows = present.map((item): OparlDocument => {
		const title = [item.number, item.name]
			.map((part) => oneLine(part))
			.filter((part) => !!part)
			.join(' ');
		const meeting = [
			oneLine(item.meetingName),
			item.meetingStart && meetingTimeText(item.meetingStart)
		]
			.filter((part) => !!part)
			.join(', ');
		return {
			...placeColumns(places.get(item.bodyId!)!),
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

function placeColumns(place: BodyPlace) {
	return {
		topicIds: [],
		districtAgs: place.districtAgs,
		councilType: place.councilType,
		organizationId: place.councilOrganizationId,
		oparlBodyId: place.oparlBodyId,
		// Council information systems publish meetings and agendas: public record.
		access: 'public',
		readerFactionIds: [],
		readerUserIds: [],
		modifiedAt: new Date()
	} satisfies Partial<OparlDocument>;
}

async function organizationNames(
	executor: OparlExecutor,
	ids: readonly string[]
): Promise<Map<string, string>> {
	const unique = [...new Set(ids)];
	if (unique.length === 0) return new Map();
	const rows = await executor
		.select({ id: oparlOrganization.objectId, name: oparlOrganization.name })
		.from(oparlOrganization)
		.where(inArray(oparlOrganization.objectId, unique));
	return new Map(rows.filter((row) => oneLine(row.name)).map((row) => [row.id, oneLine(row.name)]));
}
