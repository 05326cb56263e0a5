/** Why a source could not be added; the message is for the board, in German. */
export type AddSourceErrorCode =
	| 'invalid_url'
	| 'exists'
	| 'unreachable'
	| 'not_oparl'
	| 'no_bodies'
	/** An internal address, or a redirect/pointer to another host. */
	| 'refused_address';

export class AddOparlSourceError extends Error {
	constructor(
		readonly code: AddSourceErrorCode,
		message: string,
		/** The existing source, for `exists`. */
		readonly sourceId?: string
	) {
		super(message);
		this.name = 'AddOparlSourceError';
	}
}
