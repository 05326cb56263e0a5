import { and, eq, gt, inArray, isNotNull, isNull, ne, or } from 'drizzle-orm';
import { db } from '../../db';
import { oparlBody, oparlBriefing, oparlMeeting, oparlObject } from '../schema';
import type { DueMeeting } from './due-meetings';

/** What happened to a briefed meeting since the person was last told of it. */
export type MeetingChangeKind = 'moved' | 'cancelled' | 'removed';

/**
 * A briefed meeting as it stands now. `start` is its new start when moved, else the one the
 * person was told; `name` is empty when a removed meeting left no name behind.
 */
export interface ChangedMeeting extends DueMeeting {
	change: MeetingChangeKind;
}

export interface ChangedBriefing {
	userId: string;
	/** The start the person was last told of. */
	briefedStart: Date;
	meeting: ChangedMeeting;
}

/**
 * Briefings whose meeting changed after the mail went out: moved to another start, cancelled,
 * or deleted at the source (tombstone, or no longer listed). Only meetings the person was told
 * would still come (`briefedStart` ahead of `now`) of bodies still followed; a cancellation is
 * reported once. Briefings sent before their start was recorded are left alone.
 */
export async function changedBriefings(now: Date = new Date()): Promise<ChangedBriefing[]> {
	const rows = await db
		.select({
			userId: oparlBriefing.userId,
			meetingId: oparlBriefing.meetingId,
			briefedStart: oparlBriefing.briefedStart,
			sourceId: oparlObject.sourceId,
			deleted: oparlObject.deleted,
			raw: oparlObject.raw,
			bodyId: oparlBody.objectId,
			bodyName: oparlBody.name,
			name: oparlMeeting.name,
			start: oparlMeeting.start,
			cancelled: oparlMeeting.cancelled,
			locationText: oparlMeeting.locationText,
			organizationIds: oparlMeeting.organizationIds
		})
		.from(oparlBriefing)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlBriefing.meetingId))
		.innerJoin(oparlBody, eq(oparlBody.objectId, oparlObject.bodyId))
		.leftJoin(oparlMeeting, eq(oparlMeeting.objectId, oparlBriefing.meetingId))
		.where(
			and(
				isNotNull(oparlBriefing.briefedStart),
				gt(oparlBriefing.briefedStart, now),
				isNull(oparlBriefing.cancelNoticeAt),
				eq(oparlBody.followed, true),
				or(
					eq(oparlObject.deleted, true),
					eq(oparlMeeting.cancelled, true),
					and(isNotNull(oparlMeeting.start), ne(oparlMeeting.start, oparlBriefing.briefedStart))
				)
			)
		);
	const removedOrganizations = await organizationsOfRemoved(
		rows.filter((row) => row.deleted || row.start === null)
	);
	return rows.map((row) => {
		const briefedStart = row.briefedStart!;
		const removed = row.deleted || row.start === null;
		const change: MeetingChangeKind = removed ? 'removed' : row.cancelled ? 'cancelled' : 'moved';
		const rawName = typeof row.raw?.name === 'string' ? row.raw.name : '';
		return {
			userId: row.userId,
			briefedStart,
			meeting: {
				id: row.meetingId,
				bodyId: row.bodyId,
				bodyName: row.bodyName,
				name: row.name ?? rawName,
				start: change === 'moved' ? row.start! : briefedStart,
				locationText: row.locationText ?? null,
				organizationIds: row.organizationIds ?? removedOrganizations.get(row.meetingId) ?? [],
				change
			}
		};
	});
}

/**
 * The Gremien of meetings whose typed row is gone with their deletion, read from the raw JSON
 * the object kept (a tombstone has none): committee followers hear of the removal too.
 */
async function organizationsOfRemoved(
	rows: { meetingId: string; sourceId: string; raw: Record<string, unknown> | null }[]
): Promise<Map<string, string[]>> {
	const wanted = new Map<string, { sourceId: string; urls: string[] }>();
	for (const row of rows) {
		const value = row.raw?.organization;
		const urls = (Array.isArray(value) ? value : [value]).filter(
			(url): url is string => typeof url === 'string'
		);
		if (urls.length > 0) wanted.set(row.meetingId, { sourceId: row.sourceId, urls });
	}
	const result = new Map<string, string[]>();
	if (wanted.size === 0) return result;
	const found = await db
		.select({ id: oparlObject.id, sourceId: oparlObject.sourceId, url: oparlObject.oparlId })
		.from(oparlObject)
		.where(inArray(oparlObject.oparlId, [...new Set([...wanted.values()].flatMap((w) => w.urls))]));
	for (const [meetingId, { sourceId, urls }] of wanted)
		result.set(
			meetingId,
			found
				.filter((row) => row.sourceId === sourceId && urls.includes(row.url))
				.map((row) => row.id)
		);
	return result;
}
