/**
 * What can go wrong in a discussion, in German, for the edge to show next to the field it
 * belongs to (or above the form). Unknown or hidden things are `DiscussionNotFoundError`.
 */
export class DiscussionError extends Error {
	constructor(
		message: string,
		readonly field?: string
	) {
		super(message);
		this.name = 'DiscussionError';
	}
}

export class DiscussionNotFoundError extends Error {
	constructor(what = 'Diesen Arbeitskreis gibt es nicht.') {
		super(what);
		this.name = 'DiscussionNotFoundError';
	}
}
