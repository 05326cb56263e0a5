import type { TermBodyKind } from './term-forms';

/** One Wahlperiode of a body as the board's page lists it. */
export interface TermRow {
	id: string;
	name: string;
	startDate: string;
	endDate: string | null;
	/** Elected council seats that lasted at some time during the term. */
	mandates: number;
	/** Where it comes from: the state data file, a council system (read-only) or the board. */
	origin: 'state_data' | 'oparl' | 'board';
}

/** A body with its Wahlperioden, newest first. */
export interface TermBody {
	id: string;
	name: string;
	/** The council's own name, e.g. „Kreistag Vorpommern-Greifswald“; the body's if it has none. */
	councilName: string;
	kind: TermBodyKind;
	terms: TermRow[];
}
