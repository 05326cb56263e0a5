export class NewsletterNotFoundError extends Error {
	constructor() {
		super('Diesen Rundbrief gibt es nicht (mehr).');
		this.name = 'NewsletterNotFoundError';
	}
}

/** Something the board can fix: the message says what, `field` where. */
export class NewsletterError extends Error {
	constructor(
		message: string,
		readonly field?: string
	) {
		super(message);
		this.name = 'NewsletterError';
	}
}
