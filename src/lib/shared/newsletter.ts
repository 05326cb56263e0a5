import { z } from 'zod';
import { ROLE_LABELS } from './roles';

/** Roles a Rundbrief can go to (guests only read what was shared with them). */
export const NEWSLETTER_ROLES = ['interested', 'member', 'faction_admin', 'board'] as const;
export type NewsletterRole = (typeof NEWSLETTER_ROLES)[number];

export const NEWSLETTER_ROLE_LABELS: Record<NewsletterRole, string> = {
	interested: ROLE_LABELS.interested,
	member: ROLE_LABELS.member,
	faction_admin: ROLE_LABELS.faction_admin,
	board: ROLE_LABELS.board
};

/**
 * Who a Rundbrief goes to. Roles are required; districts and topics narrow the roles down
 * (see `segmentRuleText`): any of the districts, any of the topics, and both when both are given.
 */
export interface NewsletterSegment {
	roles: NewsletterRole[];
	/** AGS of Landkreise or kreisfreie Städte. */
	districtAgs: string[];
	topicIds: string[];
}

export const NEWSLETTER_STATUS_LABELS = {
	draft: 'Entwurf',
	sending: 'Wird versendet',
	sent: 'Versendet'
} as const;

/** Checkbox lists arrive as nothing, one string or several. */
const asList = (value: unknown) =>
	value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value];

/** The board's form: subject, Markdown text and segment (checkbox lists `roles[]` …). */
export const newsletterForm = z.object({
	subject: z
		.string({ error: 'Bitte einen Betreff eingeben.' })
		.trim()
		.min(1, 'Bitte einen Betreff eingeben.')
		.max(200, 'Der Betreff darf höchstens 200 Zeichen lang sein.'),
	body: z
		.string({ error: 'Bitte einen Text eingeben.' })
		.trim()
		.min(1, 'Bitte einen Text eingeben.')
		.max(100_000, 'Der Text ist zu lang (höchstens 100.000 Zeichen).'),
	'roles[]': z.preprocess(
		asList,
		z
			.array(z.enum(NEWSLETTER_ROLES, { error: 'Unbekannte Rolle.' }))
			.min(1, 'Bitte mindestens eine Rolle wählen.')
	),
	'districtAgs[]': z.preprocess(
		asList,
		z.array(z.string().regex(/^\d{5}$/, 'Unbekannter Kreis.')).max(50)
	),
	'topicIds[]': z.preprocess(asList, z.array(z.uuid({ error: 'Unbekanntes Thema.' })).max(100))
});
export type NewsletterFormInput = z.infer<typeof newsletterForm>;

export function segmentFromForm(input: NewsletterFormInput): NewsletterSegment {
	return {
		roles: [...new Set(input['roles[]'])],
		districtAgs: [...new Set(input['districtAgs[]'])],
		topicIds: [...new Set(input['topicIds[]'])]
	};
}

/** The selection rule in words, shown beside the form and in the preview. */
export const SEGMENT_RULE_TEXT =
	'Der Rundbrief geht an alle aktiven Konten mit einer der gewählten Rollen, die Rundbriefe nicht abbestellt haben. ' +
	'Sind Kreise gewählt, nur an Personen mit einem aktuellen Mandat oder einer Funktion in einem Gremium dieses Kreises ' +
	'(auch in seinen Städten und Gemeinden). Sind Themen gewählt, nur an Personen, die eines der Themen in ihrem Profil ' +
	'angegeben haben oder dafür sprechen. Sind beides gewählt, muss beides zutreffen. ' +
	'Kreise und Themen richten sich nach dem Verzeichniseintrag, der mit dem Konto verbunden ist.';
