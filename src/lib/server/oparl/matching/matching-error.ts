/** Why a matching decision was refused; mapped to German messages at the page. */
export type MatchingErrorCode =
	| 'match_not_found'
	| 'already_decided'
	| 'person_already_confirmed'
	| 'body_not_found'
	| 'directory_body_not_found'
	| 'organization_not_found'
	| 'directory_organization_not_found'
	| 'organization_already_matched'
	| 'organization_not_creatable'
	| 'council_missing'
	| 'organization_name_taken';

export const MATCHING_ERROR_MESSAGES: Record<MatchingErrorCode, string> = {
	match_not_found: 'Diesen Vorschlag gibt es nicht mehr.',
	already_decided: 'Über diesen Vorschlag wurde schon entschieden.',
	person_already_confirmed:
		'Diese Person aus dem Ratsinformationssystem ist schon einer anderen Person im Verzeichnis zugeordnet.',
	body_not_found: 'Diese Körperschaft gibt es nicht mehr.',
	directory_body_not_found: 'Bitte wählen Sie eine Körperschaft aus dem Verzeichnis.',
	organization_not_found:
		'Dieses Gremium gibt es nicht mehr, oder seine Körperschaft ist keiner im Verzeichnis zugeordnet.',
	directory_organization_not_found:
		'Bitte wählen Sie ein Gremium der zugeordneten Körperschaft aus dem Verzeichnis.',
	organization_already_matched:
		'Dieses Gremium ist schon einem Gremium im Verzeichnis zugeordnet; lösen Sie erst die Zuordnung.',
	organization_not_creatable:
		'Angelegt werden nur Fraktionen und Ausschüsse der Vertretung: bitte wählen Sie dieses Gremium im Verzeichnis aus.',
	council_missing:
		'Die zugeordnete Körperschaft hat im Verzeichnis keine eindeutige Vertretung, zu der das Gremium gehören könnte.',
	organization_name_taken:
		'Ein Gremium dieses Namens gibt es im Verzeichnis schon: bitte wählen Sie es aus, statt es neu anzulegen.'
};

export class MatchingError extends Error {
	constructor(readonly code: MatchingErrorCode) {
		super(MATCHING_ERROR_MESSAGES[code]);
		this.name = 'MatchingError';
	}
}
