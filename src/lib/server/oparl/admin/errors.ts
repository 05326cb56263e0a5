export class OparlSourceNotFoundError extends Error {
	constructor() {
		super('Diese Quelle gibt es nicht (mehr).');
		this.name = 'OparlSourceNotFoundError';
	}
}

/** Something the board can fix: the message says what, `field` where. */
export class OparlAdminError extends Error {
	constructor(
		message: string,
		readonly field?: string
	) {
		super(message);
		this.name = 'OparlAdminError';
	}
}
