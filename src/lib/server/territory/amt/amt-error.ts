/** What can go wrong when the board creates an Amt, with the field it belongs to. */
export const AMT_ERROR_MESSAGES = {
	kreis_not_found: 'Diesen Landkreis gibt es nicht.',
	gemeinde_not_in_kreis: 'Diese Gemeinden liegen nicht im gewählten Landkreis',
	gemeinde_in_other_amt: 'Diese Gemeinden gehören schon zu einem Amt',
	name_taken: 'In diesem Landkreis gibt es schon ein Amt mit diesem Namen.'
} as const;

export type AmtErrorCode = keyof typeof AMT_ERROR_MESSAGES;

export class AmtError extends Error {
	constructor(
		readonly code: AmtErrorCode,
		readonly field: 'name' | 'kreis' | 'gemeinden',
		/** The Gemeinden concerned, named in the message. */
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
