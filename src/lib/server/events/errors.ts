/**
 * What can go wrong with events, as typed errors with German messages; the form edge
 * (`event-failure.ts`) maps them to 404 pages or messages above the form.
 */
export type EventErrorCode =
	| 'not_found'
	| 'cancelled'
	| 'registration_closed'
	| 'registration_disabled'
	| 'not_registered'
	| 'material_not_found';

const MESSAGES: Record<EventErrorCode, string> = {
	not_found: 'Diese Veranstaltung gibt es nicht.',
	cancelled: 'Diese Veranstaltung ist abgesagt.',
	registration_closed: 'Die Anmeldung ist geschlossen.',
	registration_disabled: 'Für diese Veranstaltung ist keine Anmeldung nötig oder möglich.',
	not_registered: 'Sie sind für diese Veranstaltung nicht angemeldet.',
	material_not_found: 'Dieses Material gibt es nicht.'
};

export class EventError extends Error {
	constructor(readonly code: EventErrorCode) {
		super(MESSAGES[code]);
		this.name = 'EventError';
	}
}
