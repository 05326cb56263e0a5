import {
	MOTION_STATUS_LABELS,
	MOTION_TYPE_LABELS,
	type MotionStatus,
	type MotionType
} from '$lib/shared/motions';
import { formatLongDate, formatTime } from '$lib/shared/format-date';
import { escapeHtml } from '../../auth/mails/layout';
import { publicOrigin } from '../../auth/public-origin';
import type { DueMeeting } from './due-meetings';
import type { BriefingMotion, ItemMatches } from './item-matches';
import { briefingFooter, briefingHtml, mailLink as link } from './mail-footer';
import type { BriefingAgendaItem } from './meeting-agenda';

export interface BriefingMail {
	subject: string;
	text: string;
	html: string;
}

export interface BriefingItem {
	item: BriefingAgendaItem;
	matches: ItemMatches;
}

function motionLine(motion: BriefingMotion): string {
	const facts = [
		MOTION_TYPE_LABELS[motion.kind as MotionType],
		MOTION_STATUS_LABELS[motion.status as MotionStatus]
	].filter(Boolean);
	return facts.length > 0 ? `${motion.title} (${facts.join(', ')})` : motion.title;
}

function itemTitle(item: BriefingAgendaItem): string {
	return [item.number, item.name].filter(Boolean).join(' ');
}

/**
 * The briefing before one meeting, for one person: the agenda in order, and under each item the
 * network's motions, templates and people on its topic as found for this person. Plain text
 * first (it reads well in any client), the same as simple HTML.
 */
export function briefingMail(options: {
	recipientName: string;
	meeting: DueMeeting;
	items: BriefingItem[];
	unfollowUrl: string;
}): BriefingMail {
	const origin = publicOrigin();
	const { meeting } = options;
	const day = formatLongDate(meeting.start);
	const at = `${day}, ${formatTime(meeting.start)} Uhr`;
	const meetingUrl = `${origin}/ratsinfo/sitzungen/${meeting.id}`;
	const subject = `Sitzung am ${day}: ${meeting.name} – ${meeting.bodyName}`;
	const intro = `am ${at} tagt ${meeting.name} (${meeting.bodyName})${meeting.locationText ? `, ${meeting.locationText}` : ''}.`;
	const footer = briefingFooter(meeting.bodyName, options.unfollowUrl);

	const textItems = options.items.map(({ item, matches }) => {
		const lines = [itemTitle(item), `  ${meetingUrl}#top-${item.id}`];
		if (item.paper)
			lines.push(
				`  Vorlage: ${[item.paper.reference, item.paper.name].filter(Boolean).join(' ')} – ${origin}/ratsinfo/vorlagen/${item.paper.id}`
			);
		if (matches.motions.length > 0) {
			lines.push('  Anträge aus dem Netzwerk:');
			for (const motion of matches.motions)
				lines.push(`  - ${motionLine(motion)}: ${origin}${motion.url}`);
		}
		if (matches.templates.length > 0) {
			lines.push('  Musteranträge:');
			for (const template of matches.templates)
				lines.push(`  - ${template.title}: ${origin}${template.url}`);
		}
		if (matches.people.length > 0) {
			lines.push('  Zum Thema arbeiten:');
			for (const person of matches.people)
				lines.push(`  - ${person.name} (${person.topicName}): ${origin}/personen/${person.id}`);
		}
		return lines.join('\n');
	});
	const text = [
		`Guten Tag ${options.recipientName},`,
		intro,
		`Zur Sitzung: ${meetingUrl}`,
		options.items.length > 0
			? `Tagesordnung\n\n${textItems.join('\n\n')}`
			: 'Die Tagesordnung ist noch nicht veröffentlicht.',
		footer.text
	].join('\n\n');

	const list = (title: string, entries: string[]) =>
		entries.length === 0
			? ''
			: `<p style="margin:8px 0 2px;font-weight:600">${escapeHtml(title)}</p><ul style="margin:0;padding-left:20px">${entries
					.map((entry) => `<li>${entry}</li>`)
					.join('')}</ul>`;
	const htmlItems = options.items
		.map(({ item, matches }) =>
			[
				'<li style="margin:0 0 16px">',
				link(`${meetingUrl}#top-${item.id}`, itemTitle(item)),
				item.paper
					? `<br><span style="font-size:14px">Vorlage: ${link(
							`${origin}/ratsinfo/vorlagen/${item.paper.id}`,
							[item.paper.reference, item.paper.name].filter(Boolean).join(' ')
						)}</span>`
					: '',
				list(
					'Anträge aus dem Netzwerk',
					matches.motions.map((motion) => link(`${origin}${motion.url}`, motionLine(motion)))
				),
				list(
					'Musteranträge',
					matches.templates.map((template) => link(`${origin}${template.url}`, template.title))
				),
				list(
					'Zum Thema arbeiten',
					matches.people.map(
						(person) =>
							`${link(`${origin}/personen/${person.id}`, person.name)} (${escapeHtml(person.topicName)})`
					)
				),
				'</li>'
			].join('')
		)
		.join('');
	const html = briefingHtml(
		subject,
		[
			`<p>Guten Tag ${escapeHtml(options.recipientName)},</p>`,
			`<p>${escapeHtml(intro)} ${link(meetingUrl, 'Zur Sitzung')}</p>`,
			options.items.length > 0
				? `<h2 style="font-size:18px">Tagesordnung</h2><ol style="list-style:none;padding:0">${htmlItems}</ol>`
				: '<p>Die Tagesordnung ist noch nicht veröffentlicht.</p>',
			footer.html
		].join('')
	);
	return { subject, text, html };
}
