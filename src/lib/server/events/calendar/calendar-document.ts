import { createHash } from 'node:crypto';

/** A calendar ready to serve, with its HTTP validators. */
export interface CalendarDocument {
	body: string;
	/** Strong validator: the same bytes give the same tag. */
	etag: string;
	/**
	 * The latest change that the document shows, or null where no single date covers it (personal
	 * views change with registrations and roles too): then only the ETag validates.
	 */
	lastModified: Date | null;
}

export function calendarDocument(body: string, lastModified: Date | null): CalendarDocument {
	return {
		body,
		etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
		lastModified
	};
}
