import type { MotionStatus, MotionType, MotionVisibility } from '../../../shared/motions';
import type { DemoAccount } from '../types';

/**
 * Building block for the demo motions: one matter a faction takes to its council. The generator
 * turns it into a Musterantrag or a council's motion ("Die Verwaltung wird beauftragt, 1. … 2. …"),
 * so `demands` are infinitive clauses that complete that sentence.
 */
export interface MotionSubject {
	key: string;
	/** Topic slugs of the default topic list; the first is the main one. */
	topics: string[];
	/** Without a place; the generator adds "im Landkreis …" where it reads well. */
	title: string;
	demands: string[];
	/** Paragraphs of the justification. */
	reasons: string[];
}

/** An Anfrage: questions to the administration and the gist of its answer. */
export interface InquirySubject {
	key: string;
	topics: string[];
	title: string;
	questions: string[];
	/** Paragraphs of the answer; `{n}` becomes a plausible number per council. */
	answer: string[];
}

/** A Stellungnahme or Beschluss with a fixed text. */
export interface FixedSubject {
	key: string;
	topics: string[];
	title: string;
	text: string;
	justification: string;
}

/** A council of the state data the demo files motions in, with how its texts refer to it. */
export interface DemoCouncil {
	/** AGS of the unit whose council it is (5 digits: Kreis level, 8: Gemeinde). */
	ags: string;
	/** "im Landkreis Rostock", "in der Hansestadt Stralsund". */
	where: string;
	/** "Der Kreistag", "Die Stadtvertretung": the subject of "… möge beschließen". */
	assembly: string;
	/** Seats, for believable vote results. */
	seats: number;
	/** Key of the demo faction (`faction:<ags>`) or null where the party holds single seats. */
	faction: string | null;
}

/** One demo motion as the seed writes it; dates are days before the seeding day. */
export interface DemoMotion {
	key: string;
	type: MotionType;
	title: string;
	text: string;
	justification: string;
	answer: string | null;
	answeredDaysAgo: number | null;
	/** AGS of the council (see DemoCouncil) or null for templates. */
	councilAgs: string | null;
	/** Demo faction key (`faction:<ags>`), or null. */
	faction: string | null;
	filedDaysAgo: number | null;
	status: MotionStatus;
	votes: { yes: number; no: number; abstain: number } | null;
	decidedDaysAgo: number | null;
	visibility: MotionVisibility;
	/** Key of the motion this one was taken over from ("Übernehmen"). */
	reusedFrom: string | null;
	createdBy: DemoAccount['key'] | null;
	/** Demo accounts listed as authors (they may edit and see it as a draft). */
	authors: DemoAccount['key'][];
	topics: string[];
	/** Days before seeding it was created; drives the library's "newest first". */
	createdDaysAgo: number;
}

export interface DemoMotionComment {
	motion: string;
	author: DemoAccount['key'];
	kind: 'comment' | 'experience';
	body: string;
	daysAgo: number;
}
