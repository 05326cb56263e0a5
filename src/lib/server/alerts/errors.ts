/** A saved search that does not exist or is someone else's: both look the same from outside. */
export class SavedSearchNotFoundError extends Error {
	constructor() {
		super('Diese gespeicherte Suche gibt es nicht (mehr).');
		this.name = 'SavedSearchNotFoundError';
	}
}

export class TooManySavedSearchesError extends Error {
	constructor(max: number) {
		super(`Sie können höchstens ${max} Suchen speichern. Bitte löschen Sie zuerst eine ältere.`);
		this.name = 'TooManySavedSearchesError';
	}
}
