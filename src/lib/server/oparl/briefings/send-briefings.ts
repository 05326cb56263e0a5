import { eq } from 'drizzle-orm';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { loadDirectoryViewer } from '../../directory/viewer';
import { loadMotionViewer } from '../../motions/visibility';
import { oparlBriefing } from '../schema';
import { briefingMail, type BriefingItem } from './briefing-mail';
import { dueMeetings, type DueMeeting } from './due-meetings';
import { itemMatches } from './item-matches';
import { meetingAgenda, type BriefingAgendaItem } from './meeting-agenda';
import { meetingRecipients } from './meeting-recipients';
import { mailFollower } from './mail-follower';

/**
 * The daily briefing run (job `oparl.briefings`): for each due meeting, one mail to each
 * follower. A person gets a meeting once: the `oparl_briefing` row is claimed before the mail is
 * written, and only the run that inserted it mails (two workers, or a rerun after a crash, never
 * mail twice; a crash between claim and mail loses that one briefing rather than doubling it).
 */
export async function sendDueBriefings(
	now: Date = new Date()
): Promise<{ meetings: number; mails: number }> {
	const meetings = await dueMeetings(now);
	let mails = 0;
	for (const meeting of meetings) {
		const recipients = await meetingRecipients(meeting);
		if (recipients.length === 0) continue;
		// The agenda and its key terms are the same for everyone; matches are per person.
		const agenda = await meetingAgenda(meeting.id);
		for (const recipient of recipients) {
			if (!(await claim(recipient.id, meeting))) continue;
			await mailBriefing(recipient, meeting, agenda);
			mails++;
		}
	}
	return { meetings: meetings.length, mails };
}

/**
 * Inserts the person's briefing row with the start it announces; an existing row is taken over
 * only when its meeting was moved beyond the window since (`rebriefDue`): briefed again.
 */
async function claim(userId: string, meeting: DueMeeting): Promise<boolean> {
	const rows = await db
		.insert(oparlBriefing)
		.values({ userId, meetingId: meeting.id, briefedStart: meeting.start })
		.onConflictDoUpdate({
			target: [oparlBriefing.userId, oparlBriefing.meetingId],
			set: { briefedStart: meeting.start, rebriefDue: false, sentAt: new Date() },
			setWhere: eq(oparlBriefing.rebriefDue, true)
		})
		.returning({ userId: oparlBriefing.userId });
	return rows.length > 0;
}

async function mailBriefing(
	recipient: SessionUser,
	meeting: DueMeeting,
	agenda: BriefingAgendaItem[]
): Promise<void> {
	const viewers = {
		motions: await loadMotionViewer(recipient),
		directory: await loadDirectoryViewer(recipient)
	};
	const items: BriefingItem[] = [];
	for (const item of agenda) items.push({ item, matches: await itemMatches(item.terms, viewers) });
	await mailFollower(recipient, meeting.bodyId, 'oparl.briefing', (unfollowUrl) =>
		briefingMail({ recipientName: recipient.name, meeting, items, unfollowUrl })
	);
}
