import { and, eq, isNull } from 'drizzle-orm';
import { berlinToday } from '$lib/shared/berlin-time';
import { BRIEFING_DAYS_BEFORE } from '$lib/shared/oparl';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { oparlBriefing } from '../schema';
import { changedBriefings, type ChangedBriefing } from './changed-briefings';
import { meetingRecipients } from './meeting-recipients';
import { mailFollower } from './mail-follower';
import { briefingUpdateMail } from './update-mail';

/**
 * The update run (job `oparl.briefings.updates`, hourly): whoever was briefed on a meeting that
 * has since moved, been cancelled or vanished from the council's system gets one short mail per
 * change. A meeting moved beyond the briefing window is briefed again before its new date (the
 * daily briefing run picks it up). Recipients are checked as for the briefing itself: still
 * following the body or one of the Gremien meeting, active, and allowed to follow councils.
 * Each change is claimed on the briefing row before its mail is written, so two workers or a
 * rerun never mail it twice.
 */
export async function sendBriefingUpdates(now: Date = new Date()): Promise<{ mails: number }> {
	const changes = await changedBriefings(now);
	const byMeeting = new Map<string, ChangedBriefing[]>();
	for (const change of changes)
		byMeeting.set(change.meeting.id, [...(byMeeting.get(change.meeting.id) ?? []), change]);
	let mails = 0;
	for (const group of byMeeting.values()) {
		const recipients = new Map(
			(await meetingRecipients(group[0]!.meeting)).map((recipient) => [recipient.id, recipient])
		);
		for (const change of group) {
			const recipient = recipients.get(change.userId);
			if (!recipient) continue;
			const rebrief = change.meeting.change === 'moved' && beyondWindow(change.meeting.start, now);
			if (!(await claim(change, rebrief, now))) continue;
			await mailUpdate(recipient, change, rebrief);
			mails++;
		}
	}
	return { mails };
}

/** Past the last day a briefing is sent for today: it is sent again when the day comes. */
function beyondWindow(start: Date, now: Date): boolean {
	const last = new Date(`${berlinToday(now)}T00:00:00Z`);
	last.setUTCDate(last.getUTCDate() + BRIEFING_DAYS_BEFORE);
	return berlinToday(start) > last.toISOString().slice(0, 10);
}

async function claim(change: ChangedBriefing, rebrief: boolean, now: Date): Promise<boolean> {
	const row = and(
		eq(oparlBriefing.userId, change.userId),
		eq(oparlBriefing.meetingId, change.meeting.id),
		isNull(oparlBriefing.cancelNoticeAt)
	);
	const claimed =
		change.meeting.change === 'moved'
			? await db
					.update(oparlBriefing)
					.set({ briefedStart: change.meeting.start, rebriefDue: rebrief })
					// Only from the start this run saw: a second worker finds it changed and stops.
					.where(and(row, eq(oparlBriefing.briefedStart, change.briefedStart)))
					.returning({ userId: oparlBriefing.userId })
			: await db
					.update(oparlBriefing)
					.set({ cancelNoticeAt: now, rebriefDue: false })
					.where(row)
					.returning({ userId: oparlBriefing.userId });
	return claimed.length > 0;
}

async function mailUpdate(
	recipient: SessionUser,
	change: ChangedBriefing,
	rebrief: boolean
): Promise<void> {
	await mailFollower(recipient, change.meeting.bodyId, 'oparl.briefing-update', (unfollowUrl) =>
		briefingUpdateMail({
			recipientName: recipient.name,
			meeting: change.meeting,
			briefedStart: change.briefedStart,
			rebrief,
			unfollowUrl
		})
	);
}
