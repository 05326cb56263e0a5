/**
 * What can go wrong when someone writes a motion, as data; routes and the API turn it into German
 * messages, next to the field when there is one.
 */
export const MOTION_ERROR_MESSAGES = {
	motion_not_found: 'Diesen Antrag gibt es nicht.',
	not_allowed: 'Diesen Antrag dürfen Sie nicht bearbeiten.',
	delete_not_allowed:
		'Diesen Antrag dürfen Sie nicht löschen: Entwürfe löschen ihre Autor*innen und die Fraktion, eingereichte Anträge nur der Sprecher*innenrat.',
	topic_not_found: 'Dieses Thema gibt es nicht.',
	topic_archived: 'Dieses Thema ist archiviert und kann nicht neu vergeben werden.',
	council_not_found: 'Diese Vertretung gibt es nicht.',
	faction_not_found: 'Diese Fraktion gibt es nicht.',
	faction_not_yours: 'Anträge können Sie nur für eine Fraktion einbringen, der Sie angehören.',
	faction_not_in_council: 'Diese Fraktion gehört nicht zu der gewählten Vertretung.',
	author_not_found: 'Zu dieser Person gibt es kein Konto im Netzwerk.',
	author_required: 'Ein Antrag braucht mindestens eine Autorin oder einen Autor.'
} as const;

export type MotionErrorCode = keyof typeof MOTION_ERROR_MESSAGES;

export class MotionError extends Error {
	constructor(
		readonly code: MotionErrorCode,
		/** The input field the problem belongs to, if any. */
		readonly field?: string
	) {
		super(MOTION_ERROR_MESSAGES[code]);
		this.name = 'MotionError';
	}
}
