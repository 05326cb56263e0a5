/**
 * What can go wrong with a comment, in German, for the edge to show next to its field or above
 * the form. Comments on motions the actor may not read are "not found", like unknown ones.
 */
export class MotionCommentError extends Error {
	constructor(
		message: string,
		readonly field?: string
	) {
		super(message);
		this.name = 'MotionCommentError';
	}
}

export class MotionCommentNotFoundError extends Error {
	constructor(what = 'Diesen Antrag gibt es nicht.') {
		super(what);
		this.name = 'MotionCommentNotFoundError';
	}
}
