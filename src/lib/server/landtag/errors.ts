/**
 * What can go wrong in the Landtag exchange, in German, for the edge to show next to the field it
 * belongs to (or above the form). Unknown things, and things the actor may not see, are
 * `LandtagNotFoundError` alike, so a 404 never tells whether a proposal exists.
 */
export class LandtagError extends Error {
	constructor(
		message: string,
		readonly field?: string
	) {
		super(message);
		this.name = 'LandtagError';
	}
}

export class LandtagNotFoundError extends Error {
	constructor(what = 'Diese Seite gibt es nicht.') {
		super(what);
		this.name = 'LandtagNotFoundError';
	}
}
