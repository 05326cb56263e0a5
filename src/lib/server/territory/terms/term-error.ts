/** What can go wrong when the board creates, changes or deletes a Wahlperiode. */
export const TERM_ERROR_MESSAGES = {
	body_not_found: 'Diese Körperschaft gibt es nicht.',
	no_bodies: 'Für diese Art gibt es keine Körperschaften.',
	term_not_found: 'Diese Wahlperiode gibt es nicht.',
	end_not_after_start: 'Das Ende muss nach dem Beginn liegen.',
	same_start: 'Diese Körperschaft hat schon eine Wahlperiode, die an diesem Tag beginnt.',
	overlap: 'Die Wahlperiode überschneidet sich mit einer anderen derselben Körperschaft',
	imported:
		'Diese Wahlperiode stammt aus einem Ratsinformationssystem und wird dort gepflegt: Änderungen kommen mit dem nächsten Abgleich.',
	from_state_data:
		'Diese Wahlperiode stammt aus den Landesdaten: ihren Namen und ihre Daten können Sie korrigieren, löschen lässt sie sich nicht.',
	in_use: 'Die Wahlperiode lässt sich nicht löschen, solange Mandate in sie fallen'
} as const;

export type TermErrorCode = keyof typeof TERM_ERROR_MESSAGES;

export class TermError extends Error {
	constructor(
		readonly code: TermErrorCode,
		/** The form field the message belongs to; null for the form as a whole. */
		readonly field: 'name' | 'startDate' | 'endDate' | 'bodyId' | 'kinds' | 'termId' | null = null,
		/** What the message names: the overlapping terms, or the number of mandates. */
		readonly names: readonly string[] = []
	) {
		super(
			names.length > 0
				? `${TERM_ERROR_MESSAGES[code]}: ${names.join(', ')}.`
				: TERM_ERROR_MESSAGES[code]
		);
		this.name = 'TermError';
	}
}
