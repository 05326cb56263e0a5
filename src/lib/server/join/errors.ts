/** A problem the person can fix, in German; `field` names the form field it belongs to. */
export class JoinError extends Error {
	constructor(
		message: string,
		readonly field?: string,
		readonly retryAfterSeconds = 0
	) {
		super(message);
		this.name = 'JoinError';
	}
}

/** No such request, or one the board does not see yet (unconfirmed): the same answer. */
export class JoinRequestNotFoundError extends Error {
	constructor() {
		super('Diese Anfrage gibt es nicht (mehr).');
		this.name = 'JoinRequestNotFoundError';
	}
}
