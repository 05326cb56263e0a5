import { z } from 'zod';
import { berlinToday } from './berlin-time';
import { optionalDay } from './validation';

/** Landtag exchange: the words the UI uses, and the forms shared by server and browser. */

export const INITIATIVE_TYPES = ['small_inquiry', 'motion', 'bill'] as const;
export type InitiativeType = (typeof INITIATIVE_TYPES)[number];

export const INITIATIVE_TYPE_LABELS: Record<InitiativeType, string> = {
	small_inquiry: 'Kleine Anfrage',
	motion: 'Antrag',
	bill: 'Gesetzentwurf'
};

export const PROPOSAL_STATUSES = ['new', 'in_review', 'taken_up', 'declined', 'done'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
	new: 'neu',
	in_review: 'in Prüfung',
	taken_up: 'aufgegriffen',
	declined: 'abgelehnt',
	done: 'erledigt'
};

/** Answers are taken up to and including the deadline day. */
export function isFeedbackOpen(deadline: string | null, now: Date = new Date()): boolean {
	return deadline !== null && berlinToday(now) <= deadline;
}

/** "15.12.2026" for a YYYY-MM-DD calendar day, without time-zone shifts. */
export function formatDay(day: string): string {
	const [year, month, date] = day.split('-');
	return `${date}.${month}.${year}`;
}

const MARKDOWN_MAX = 20_000;

const text = (missing: string, label: string, max: number) =>
	z
		.string({ error: missing })
		.trim()
		.min(1, missing)
		.max(max, `${label} darf höchstens ${max} Zeichen lang sein.`);

const optionalText = (label: string, max: number) =>
	z
		.string()
		.trim()
		.max(max, `${label} darf höchstens ${max} Zeichen lang sein.`)
		.nullish()
		.transform((value) => value || null);

const day = optionalDay('2026-12-15');

export const initiativeForm = z
	.object({
		type: z.enum(INITIATIVE_TYPES, { error: 'Bitte die Art der Initiative wählen.' }),
		title: text('Bitte einen Titel angeben.', 'Der Titel', 200),
		summary: text('Bitte eine Zusammenfassung schreiben.', 'Die Zusammenfassung', MARKDOWN_MAX),
		printedMatterNumber: optionalText('Die Drucksachennummer', 40),
		printedMatterUrl: z
			.string()
			.trim()
			.nullish()
			.transform((value) => value || null)
			.refine((value) => value === null || /^https?:\/\/\S+$/i.test(value), {
				error: 'Bitte eine Adresse angeben, die mit https:// beginnt.'
			}),
		feedbackQuestion: optionalText('Die Frage', 2_000),
		feedbackDeadline: day
	})
	.superRefine((value, context) => {
		if (value.feedbackQuestion && !value.feedbackDeadline)
			context.addIssue({
				code: 'custom',
				path: ['feedbackDeadline'],
				message: 'Bitte eine Frist für die Rückmeldungen angeben.'
			});
		if (value.feedbackDeadline && !value.feedbackQuestion)
			context.addIssue({
				code: 'custom',
				path: ['feedbackQuestion'],
				message: 'Bitte die Frage an die Fraktionen angeben – oder die Frist leer lassen.'
			});
	});
export type InitiativeInput = z.infer<typeof initiativeForm>;

export const feedbackForm = z.object({
	factionId: z.uuid({ error: 'Bitte die Fraktion wählen, für die Sie antworten.' }),
	body: text('Bitte eine Rückmeldung schreiben.', 'Die Rückmeldung', MARKDOWN_MAX)
});
export type FeedbackInput = z.infer<typeof feedbackForm>;

export const proposalForm = z.object({
	factionId: z.uuid({ error: 'Bitte die Fraktion wählen, die den Vorschlag macht.' }),
	title: text('Bitte einen Titel angeben.', 'Der Titel', 200),
	description: text('Bitte den Vorschlag beschreiben.', 'Die Beschreibung', MARKDOWN_MAX)
});
export type ProposalInput = z.infer<typeof proposalForm>;

export const proposalStatusForm = z.object({
	status: z.enum(PROPOSAL_STATUSES, { error: 'Bitte einen Stand wählen.' }),
	reply: optionalText('Die Antwort', MARKDOWN_MAX)
});
export type ProposalStatusInput = z.infer<typeof proposalStatusForm>;
