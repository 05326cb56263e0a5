/** What can go wrong when the board creates, changes or deletes an Amt, with its form field. */
export const AMT_ERROR_MESSAGES = {
	kreis_not_found: 'Diesen Landkreis gibt es nicht.',
	gemeinde_not_in_kreis: 'Diese Gemeinden liegen nicht im gewählten Landkreis',
	gemeinde_in_other_amt: 'Diese Gemeinden gehören schon zu einem Amt',
	name_taken: 'In diesem Landkreis gibt es schon ein Amt mit diesem Namen.',
	amt_not_found: 'Dieses Amt gibt es nicht.',
	amt_in_use:
		'Das Amt lässt sich nicht löschen, solange an seinem Amtsausschuss noch Einträge hängen – auch beendete Mandate bleiben als Geschichte erhalten. Gelöscht werden kann nur ein versehentlich angelegtes Amt. Es hängen daran'
} as const;

export type AmtErrorCode = keyof typeof AMT_ERROR_MESSAGES;

export class AmtError extends Error {
	constructor(
		readonly code: AmtErrorCode,
		/** null: the problem is the Amt's as a whole (e.g. it cannot be deleted). */
		readonly field: 'name' | 'kreis' | 'gemeinden' | null,
		/** What the message names: the Gemeinden concerned, or what hangs on the Amtsausschuss. */
		readonly names: readonly string[] = []
	) {
		super(
			names.length > 0
				? `${AMT_ERROR_MESSAGES[code]}: ${names.join(', ')}.`
				: AMT_ERROR_MESSAGES[code]
		);
		this.name = 'AmtError';
	}
}
