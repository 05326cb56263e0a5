import { formatLongDate, formatTime } from '$lib/shared/format-date';
import { escapeHtml } from '../../auth/mails/layout';
import { publicOrigin } from '../../auth/public-origin';
import type { BriefingMail } from './briefing-mail';
import type { ChangedMeeting } from './changed-briefings';
import { briefingFooter, briefingHtml, mailLink } from './mail-footer';

const at = (date: Date) => `${formatLongDate(date)}, ${formatTime(date)} Uhr`;

/**
 * The short mail after a briefing when its meeting moved, was cancelled or removed at the source:
 * only what the council published (name, body, dates, place), nothing of the network's, so
 * every follower may read all of it.
 */
export function briefingUpdateMail(options: {
	recipientName: string;
	meeting: ChangedMeeting;
	briefedStart: Date;
	/** Moved beyond the briefing window: the full briefing comes again before the new date. */
	rebrief: boolean;
	unfollowUrl: string;
}): BriefingMail {
	const { meeting, briefedStart } = options;
	const title = meeting.name || 'Sitzung';
	const named = `„${title}“ (${meeting.bodyName})`;
	const meetingUrl =
		meeting.change === 'removed' ? null : `${publicOrigin()}/ratsinfo/sitzungen/${meeting.id}`;
	let subject: string;
	let lines: string[];
	if (meeting.change === 'moved') {
		subject = `Sitzung verlegt: neuer Termin ${at(meeting.start)} – ${title}, ${meeting.bodyName}`;
		lines = [
			`die Sitzung ${named} findet nicht wie angekündigt am ${at(briefedStart)} statt, sondern am ${at(meeting.start)}${meeting.locationText ? `, ${meeting.locationText}` : ''}.`,
			options.rebrief
				? 'Die Vorbereitung mit der Tagesordnung erhalten Sie erneut einige Tage vor dem neuen Termin.'
				: 'Die Vorbereitung, die Sie erhalten haben, gilt weiter; die Tagesordnung kann sich geändert haben.'
		];
	} else {
		subject = `Sitzung abgesagt: ${title} am ${formatLongDate(briefedStart)} – ${meeting.bodyName}`;
		lines = [
			meeting.change === 'cancelled'
				? `die Sitzung ${named} am ${at(briefedStart)} ist abgesagt.`
				: `die Sitzung ${named} am ${at(briefedStart)} wurde aus dem Ratsinformationssystem entfernt; sie findet voraussichtlich nicht statt.`,
			'Die Vorbereitung, die Sie dazu erhalten haben, ist damit hinfällig.'
		];
	}
	const footer = briefingFooter(meeting.bodyName, options.unfollowUrl);
	const text = [
		`Guten Tag ${options.recipientName},`,
		...lines,
		...(meetingUrl ? [`Zur Sitzung: ${meetingUrl}`] : []),
		footer.text
	].join('\n\n');
	const html = briefingHtml(
		subject,
		[
			`<p>Guten Tag ${escapeHtml(options.recipientName)},</p>`,
			...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
			meetingUrl ? `<p>${mailLink(meetingUrl, 'Zur Sitzung')}</p>` : '',
			footer.html
		].join('')
	);
	return { subject, text, html };
}
