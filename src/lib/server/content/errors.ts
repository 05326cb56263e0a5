/** Domain errors of the content capability, mapped to German messages at the form edge. */
export class ContentNotFoundError extends Error {
	constructor() {
		super('Diesen Inhalt gibt es nicht (mehr).');
		this.name = 'ContentNotFoundError';
	}
}

export class SlugTakenError extends Error {
	constructor(readonly slug: string) {
		super(`Die Adresse „${slug}“ ist schon vergeben. Bitte eine andere wählen.`);
		this.name = 'SlugTakenError';
	}
}

export class UnknownImageError extends Error {
	constructor() {
		super('Dieses Bild gibt es nicht. Bitte erneut hochladen.');
		this.name = 'UnknownImageError';
	}
}

export class UnknownAuthorError extends Error {
	constructor() {
		super('Eine der gewählten Personen hat kein Konto mehr. Bitte die Auswahl prüfen.');
		this.name = 'UnknownAuthorError';
	}
}
