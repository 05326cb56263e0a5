import { REGISTRATION_STATUS_LABELS } from '$lib/shared/events';
import { formatDateTime } from '$lib/shared/format-date';
import { slugify } from '$lib/shared/slug';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { safeCell, spreadsheetCsv } from '../files/spreadsheet-csv';
import { listAttendees } from './list-attendees';

export interface AttendeeExport {
	fileName: string;
	/** UTF-8 with BOM, `;`-separated, CRLF: what German spreadsheets open without asking. */
	content: string;
	rows: number;
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
	const content = spreadsheetCsv(
		['Name', 'E-Mail', 'Status', 'Angemeldet am', 'Nachricht'],
		attendees.map((entry) => [
			safeCell(entry.name),
			safeCell(entry.email),
			REGISTRATION_STATUS_LABELS[entry.status],
			formatDateTime(entry.queuedAt),
			safeCell(entry.note)
		])
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
		fileName: `teilnehmende-${slugify(event.title, { maxLength: 60, fallback: 'veranstaltung' })}.csv`,
		content,
		rows: attendees.length
	};
}
