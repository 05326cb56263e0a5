import {
	MOTION_STATUS_LABELS,
	MOTION_TYPE_LABELS,
	type MotionStatus,
	type MotionType
} from '$lib/shared/motions';
import { formatLongDate } from '$lib/shared/format-date';
import { escapeHtml } from '../../auth/mails/layout';
import { publicOrigin } from '../../auth/public-origin';
import { instanceConfig } from '../../instance/instance-config';
import type { DueMeeting } from './due-meetings';
import type { BriefingMotion, ItemMatches } from './item-matches';
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

const time = new Intl.DateTimeFormat('de-DE', {
	hour: '2-digit',
	minute: '2-digit',
	timeZone: 'Europe/Berlin'
});

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
	const network = instanceConfig().networkName;
	const day = formatLongDate(meeting.start);
	const at = `${day}, ${time.format(meeting.start)} Uhr`;
	const meetingUrl = `${origin}/ratsinfo/sitzungen/${meeting.id}`;
	const subject = `Sitzung am ${day}: ${meeting.name} – ${meeting.bodyName}`;
	const intro = `am ${at} tagt ${meeting.name} (${meeting.bodyName})${meeting.locationText ? `, ${meeting.locationText}` : ''}.`;
	const why = `Sie erhalten diese Mail, weil Sie ${meeting.bodyName} im Ratsinfo von ${network} folgen.`;
	const manage = `${origin}/konto#gefolgte-raete`;

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
		'-- ',
		`${why}\nKeine Mails mehr zu ${meeting.bodyName}: ${options.unfollowUrl}\nGefolgte Räte verwalten: ${manage}`
	].join('\n\n');

	const link = (href: string, label: string) =>
		`<a href="${escapeHtml(href)}" style="color:#1e3a8a">${escapeHtml(label)}</a>`;
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
	const html = [
		'<!doctype html><html lang="de"><head><meta charset="utf-8">',
		`<title>${escapeHtml(subject)}</title></head>`,
		'<body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5;max-width:600px;margin:0 auto;padding:24px">',
		`<p>Guten Tag ${escapeHtml(options.recipientName)},</p>`,
		`<p>${escapeHtml(intro)} ${link(meetingUrl, 'Zur Sitzung')}</p>`,
		options.items.length > 0
			? `<h2 style="font-size:18px">Tagesordnung</h2><ol style="list-style:none;padding:0">${htmlItems}</ol>`
			: '<p>Die Tagesordnung ist noch nicht veröffentlicht.</p>',
		'<hr style="margin:32px 0 16px;border:none;border-top:1px solid #cbd5e1">',
		`<p style="font-size:14px;color:#334155;margin:0 0 8px">${escapeHtml(why)}</p>`,
		`<p style="font-size:14px;color:#334155;margin:0">${link(options.unfollowUrl, `Keine Mails mehr zu ${meeting.bodyName}`)} · ${link(manage, 'Gefolgte Räte verwalten')}</p>`,
		'</body></html>'
	].join('');
	return { subject, text, html };
}
