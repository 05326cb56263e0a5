/**
 * What can go wrong when someone changes the directory, as data; routes turn it into German
 * form messages (`directoryFailure`), next to the field when there is one.
 */
export const DIRECTORY_ERROR_MESSAGES = {
	person_not_found: 'Diese Person gibt es nicht.',
	not_your_person:
		'Diese Person gehört nicht zu Ihrer Fraktion. Ihre Daten pflegen die Person selbst, ihre Fraktion oder der Sprecher*innenrat.',
	no_profile: 'Zu Ihrem Konto gibt es noch keinen Eintrag im Verzeichnis.',
	profile_exists: 'Zu Ihrem Konto gibt es schon einen Eintrag im Verzeichnis.',
	organization_not_found: 'Dieses Gremium gibt es nicht.',
	organization_out_of_scope:
		'In diesem Gremium dürfen Sie keine Mandate pflegen: Es gehört nicht zur Körperschaft Ihrer Fraktion.',
	faction_not_in_body: 'Diese Fraktion gehört nicht zur Körperschaft des Gremiums.',
	faction_out_of_scope: 'Mandate können Sie nur für Ihre eigene Fraktion eintragen.',
	first_membership_required:
		'Bitte ein erstes Mandat in Ihrer Fraktion angeben, damit Sie die Person danach pflegen können.',
	membership_not_found: 'Dieses Mandat gibt es nicht.',
	membership_already_ended: 'Dieses Mandat ist bereits beendet.',
	end_before_start: 'Das Ende darf nicht vor dem Beginn liegen.',
	topic_not_found: 'Dieses Thema gibt es nicht.',
	topic_archived: 'Dieses Thema ist archiviert und kann nicht neu vergeben werden.',
	topic_name_taken: 'Ein Thema mit diesem Namen gibt es schon.',
	parent_not_council: 'Bitte eine Vertretung (Kreistag, Stadt- oder Gemeindevertretung) auswählen.',
	faction_board_only: 'Fraktionen legt der Sprecher*innenrat an.',
	organization_name_taken: 'Ein Gremium mit diesem Namen gibt es in dieser Vertretung schon.'
} as const;

export type DirectoryErrorCode = keyof typeof DIRECTORY_ERROR_MESSAGES;

export class DirectoryError extends Error {
	constructor(
		readonly code: DirectoryErrorCode,
		/** The form field the problem belongs to, if any. */
		readonly field?: string
	) {
		super(DIRECTORY_ERROR_MESSAGES[code]);
		this.name = 'DirectoryError';
	}
}
