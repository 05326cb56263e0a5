import { EVENT_KIND_LABELS } from '$lib/shared/events';
import { formatDateTime } from '$lib/shared/format-date';
import { absoluteUrl } from '../auth/public-origin';
import { instanceConfig } from '../instance/instance-config';
import type { EventRow } from './locked-event';

/** Why a person gets a mail about an event; each has its own subject and first lines. */
export type EventMailKind = 'registered' | 'waitlisted' | 'promoted' | 'reminder' | 'cancelled';

export const EVENT_MAIL_CATEGORIES: Record<EventMailKind, string> = {
	registered: 'events.registered',
	waitlisted: 'events.waitlisted',
	promoted: 'events.promoted',
	reminder: 'events.reminder',
	cancelled: 'events.cancelled'
};

export function eventUrl(eventId: string): string {
	return absoluteUrl(`/veranstaltungen/${eventId}`);
}

function when(row: EventRow): string {
	const start = formatDateTime(row.startsAt);
	const end = formatDateTime(row.endsAt);
	// Same day: "12.03.2026, 18:00 bis 20:00 Uhr"; else both full.
	const sameDay = start.slice(0, 10) === end.slice(0, 10);
	return sameDay ? `${start} bis ${end.slice(12)} Uhr` : `${start} Uhr bis ${end} Uhr`;
}

/**
 * The facts a participant needs, in the order they look for them. The online link only where the
 * recipient holds a seat: waitlisted people and cancelled events never get it.
 */
function details(row: EventRow, withOnlineLink: boolean): string[] {
	return [
		`${EVENT_KIND_LABELS[row.kind]}: ${row.title}`,
		`Wann: ${when(row)}`,
		...(row.location ? [`Wo: ${row.location}`] : []),
		...(withOnlineLink && row.onlineUrl ? [`Online teilnehmen: ${row.onlineUrl}`] : [])
	];
}

export function eventMailText(
	kind: EventMailKind,
	row: EventRow,
	recipientName: string,
	options: { waitlistPosition?: number } = {}
): { subject: string; text: string } {
	const page = eventUrl(row.id);
	const seat = kind === 'registered' || kind === 'promoted' || kind === 'reminder';
	const subject = {
		registered: `Anmeldung bestätigt: ${row.title}`,
		waitlisted: `Warteliste: ${row.title}`,
		promoted: `Ein Platz ist frei geworden – Sie sind angemeldet: ${row.title}`,
		reminder: `Erinnerung: morgen ${row.title}`,
		cancelled: `Abgesagt: ${row.title}`
	}[kind];
	const intro = {
		registered: 'Ihre Anmeldung ist eingegangen, Ihr Platz ist sicher.',
		waitlisted: `Die Veranstaltung ist ausgebucht. Sie stehen auf der Warteliste${
			options.waitlistPosition ? ` (Platz ${options.waitlistPosition})` : ''
		}. Wird ein Platz frei, rücken Sie automatisch nach und bekommen eine Mail.`,
		promoted:
			'Jemand hat abgesagt: Sie sind von der Warteliste nachgerückt und jetzt fest angemeldet.',
		reminder: 'Wir freuen uns, Sie morgen zu sehen.',
		cancelled:
			'Leider müssen wir diese Veranstaltung absagen. Ihre Anmeldung ist damit hinfällig; Sie müssen nichts weiter tun.'
	}[kind];
	const closing = {
		registered: `Alle Angaben und die Abmeldung finden Sie hier: ${page}`,
		waitlisted: `Ihren Platz auf der Warteliste sehen Sie hier (dort können Sie sich auch austragen): ${page}`,
		promoted: `Können Sie doch nicht kommen? Bitte melden Sie sich ab, damit der Platz weitergeht: ${page}`,
		reminder: `Können Sie doch nicht kommen? Bitte melden Sie sich ab, damit andere nachrücken: ${page}`,
		cancelled: `Zur Veranstaltung: ${page}`
	}[kind];
	const text = [
		`Hallo ${recipientName},`,
		'',
		intro,
		'',
		...details(row, seat),
		'',
		closing,
		'',
		'Viele Grüße',
		instanceConfig().networkName
	].join('\n');
	return { subject, text };
}
