import { z } from 'zod';
import {
	DECIDED_STATUSES,
	MOTION_STATUSES,
	MOTION_TYPES,
	MOTION_VISIBILITIES,
	type MotionStatus
} from './motions';
import { optionalDay } from './validation';

/**
 * The fields of a motion as the forms and the JSON API send them, with German messages. Empty
 * optional fields become null, so "nothing" is stored the same way however the input came.
 */
const blankToNull = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
		? null
		: value;

const markdown = (label: string) =>
	z.preprocess(
		(value) => (value === undefined || value === null ? '' : value),
		z
			.string({ error: `${label} muss Text sein.` })
			.max(100_000, `${label} darf höchstens 100.000 Zeichen lang sein.`)
	);

const optionalUuid = (message: string) =>
	z.preprocess(blankToNull, z.uuid({ error: message }).nullable().default(null));

/** A calendar day from `<input type="date">` or the API, or null. */
const day = optionalDay('2025-03-14');

const optionalVotes = z.preprocess(
	(value) => {
		const blank = blankToNull(value);
		return typeof blank === 'string' ? Number(blank.trim()) : blank;
	},
	z
		.number({ error: 'Bitte eine Zahl angeben.' })
		.int('Bitte eine ganze Zahl angeben.')
		.min(0, 'Bitte eine Zahl ab 0 angeben.')
		.max(100_000, 'Diese Zahl ist zu groß.')
		.nullable()
		.default(null)
);

/** Topics by id, slug or name; checkboxes arrive as nothing, one string or a list. */
const topics = z.preprocess(
	(value) =>
		(value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]).filter(
			(item) => item !== ''
		),
	z
		.array(z.string({ error: 'Themen bitte als Text angeben.' }).trim().min(1).max(200))
		.max(30, 'Bitte höchstens 30 Themen wählen.')
);

export const motionFields = {
	type: z.enum(MOTION_TYPES, { error: 'Bitte eine Art auswählen.' }),
	title: z
		.string({ error: 'Bitte einen Titel angeben.' })
		.trim()
		.min(1, 'Bitte einen Titel angeben.')
		.max(300, 'Der Titel darf höchstens 300 Zeichen lang sein.'),
	text: markdown('Der Text'),
	justification: markdown('Die Begründung'),
	topics,
	visibility: z
		.enum(MOTION_VISIBILITIES, { error: 'Bitte auswählen, wer den Antrag sehen darf.' })
		.default('faction'),
	councilId: optionalUuid('Diese Vertretung gibt es nicht.'),
	factionId: optionalUuid('Diese Fraktion gibt es nicht.'),
	filedOn: day,
	status: z.enum(MOTION_STATUSES, { error: 'Bitte einen Stand auswählen.' }).default('draft'),
	votesYes: optionalVotes,
	votesNo: optionalVotes,
	votesAbstain: optionalVotes,
	decidedOn: day,
	answer: z.preprocess(
		blankToNull,
		z
			.string({ error: 'Die Antwort muss Text sein.' })
			.max(100_000, 'Die Antwort darf höchstens 100.000 Zeichen lang sein.')
			.nullable()
			.default(null)
	),
	answeredOn: day
};

function isDecided(status: MotionStatus): boolean {
	return DECIDED_STATUSES.includes(status);
}

/**
 * Rules across fields: a vote result and decision date belong to a decided motion, an answer to an
 * inquiry. Refused rather than dropped, so nothing someone typed disappears unnoticed.
 */
function motionRules(value: z.output<z.ZodObject<typeof motionFields>>, context: z.RefinementCtx) {
	if (!isDecided(value.status)) {
		for (const field of ['votesYes', 'votesNo', 'votesAbstain', 'decidedOn'] as const) {
			if (value[field] !== null) {
				context.addIssue({
					code: 'custom',
					path: [field],
					message:
						'Abstimmung und Entscheidungsdatum gibt es nur bei beschlossenen oder abgelehnten Anträgen.'
				});
			}
		}
	}
	if (value.type !== 'inquiry') {
		for (const field of ['answer', 'answeredOn'] as const) {
			if (value[field] !== null) {
				context.addIssue({
					code: 'custom',
					path: [field],
					message: 'Eine Antwort der Verwaltung gibt es nur bei Anfragen.'
				});
			}
		}
	}
	if (value.filedOn && value.decidedOn && value.decidedOn < value.filedOn) {
		context.addIssue({
			code: 'custom',
			path: ['decidedOn'],
			message: 'Die Entscheidung kann nicht vor der Einreichung liegen.'
		});
	}
}

export const motionForm = z.object(motionFields).superRefine(motionRules);

/** Accounts (user ids) named as authors; checkboxes arrive as nothing, one string or a list. */
const authorIds = z.preprocess(
	(value) =>
		(value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]).filter(
			(item) => item !== ''
		),
	z
		.array(z.string().min(1).max(100))
		.min(1, 'Ein Antrag braucht mindestens eine Autorin oder einen Autor.')
		.max(30, 'Bitte höchstens 30 Autor*innen angeben.')
);

/** The edit form: every field of a motion and who wrote it. */
export const editMotionForm = z.object({ ...motionFields, authorIds }).superRefine(motionRules);

/**
 * What callers may pass before validation: JSON of the API or strings of a form. Written out
 * because zod's preprocessing types every optional field as `unknown`.
 */
export interface MotionInput {
	type: string;
	title: string;
	text?: string | null;
	justification?: string | null;
	/** Ids, slugs or names. */
	topics?: readonly string[] | string | null;
	visibility?: string;
	councilId?: string | null;
	factionId?: string | null;
	filedOn?: string | null;
	status?: string;
	votesYes?: number | string | null;
	votesNo?: number | string | null;
	votesAbstain?: number | string | null;
	decidedOn?: string | null;
	answer?: string | null;
	answeredOn?: string | null;
}
export type MotionFields = z.output<typeof motionForm>;
