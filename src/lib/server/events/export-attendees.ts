import { stringify } from 'csv-stringify/sync';
import { REGISTRATION_STATUS_LABELS } from '$lib/shared/events';
import { formatDateTime } from '$lib/shared/format-date';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { listAttendees } from './list-attendees';

export interface AttendeeExport {
	fileName: string;
	/** UTF-8 with BOM, `;`-separated, CRLF: what German spreadsheets open without asking. */
	content: string;
	rows: number;
}

/** A file name from the title that every system accepts. */
function fileSlug(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ß/g, 'ss')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.toLowerCase()
		.slice(0, 60);
	return slug || 'veranstaltung';
}

/** Spreadsheets run cells starting with these as formulas; a leading apostrophe keeps them text. */
function safeCell(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The attendee list as CSV for the organizers (sign-in sheets, name badges). Each export is
 * audit-logged: it carries names and addresses out of the platform.
 */
export async function exportAttendees(options: {
	actor: SessionUser | null;
	eventId: string;
	ip?: string | null;
}): Promise<AttendeeExport> {
	assertCan(options.actor, 'events.manage');
	const actor = options.actor;
	const { event, attendees } = await listAttendees({ actor, eventId: options.eventId });
	const content = stringify(
		attendees.map((entry) => [
			safeCell(entry.name),
			safeCell(entry.email),
			REGISTRATION_STATUS_LABELS[entry.status],
			formatDateTime(entry.queuedAt),
			safeCell(entry.note)
		]),
		{
			bom: true,
			delimiter: ';',
			record_delimiter: 'windows',
			header: true,
			columns: ['Name', 'E-Mail', 'Status', 'Angemeldet am', 'Nachricht']
		}
	);
	await recordAudit({
		actor,
		action: 'event.attendees_export',
		targetType: 'event',
		targetId: event.id,
		targetLabel: event.title,
		details: { rows: attendees.length },
		ip: options.ip
	});
	return {
		fileName: `teilnehmende-${fileSlug(event.title)}.csv`,
		content,
		rows: attendees.length
	};
}
