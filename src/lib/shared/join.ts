import { z } from 'zod';
import { checkbox, email, requiredText } from './validation';

/** Whether and how someone is active in municipal politics (values of `municipal_activity`). */
export const MUNICIPAL_ACTIVITIES = ['none', 'council_member', 'resident_expert', 'other'] as const;
export type MunicipalActivity = (typeof MUNICIPAL_ACTIVITIES)[number];

export const MUNICIPAL_ACTIVITY_LABELS: Record<MunicipalActivity, string> = {
	none: 'Noch nicht aktiv',
	council_member: 'Mitglied einer Vertretung (Gemeinde, Stadt, Kreistag)',
	resident_expert: 'Sachkundige*r Einwohner*in',
	other: 'Anders aktiv'
};

export const JOIN_REQUEST_STATUSES = ['unconfirmed', 'open', 'accepted', 'declined'] as const;
export type JoinRequestStatus = (typeof JOIN_REQUEST_STATUSES)[number];

export const JOIN_REQUEST_STATUS_LABELS: Record<JoinRequestStatus, string> = {
	unconfirmed: 'Nicht bestätigt',
	open: 'Offen',
	accepted: 'Angenommen',
	declined: 'Abgelehnt'
};

/** The roles the board can offer a person who asked to join. */
export const JOIN_ROLES = ['member', 'interested'] as const;
export type JoinRole = (typeof JOIN_ROLES)[number];

/** Form field names of the spam protection (kept out of the visible labels). */
export const JOIN_HONEYPOT_FIELD = 'homepage';
export const JOIN_FORM_STAMP_FIELD = 'formStamp';

const optionalText = (label: string, max: number) =>
	z
		.string()
		.trim()
		.max(max, `${label} darf höchstens ${max} Zeichen lang sein.`)
		.optional()
		.transform((value) => value ?? '');

/** A checkbox group: nothing, one value (a string) or several (an array). */
const checkedValues = z
	.union([z.string(), z.array(z.string())])
	.optional()
	.transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
	.pipe(z.array(z.uuid({ error: 'Unbekanntes Thema.' })).max(50));

const joinFields = z.object({
	name: requiredText('Ihren Namen', 120),
	email,
	district: z
		.string({ error: 'Bitte Ihren Landkreis oder Ihre kreisfreie Stadt wählen.' })
		.regex(/^\d{5}$/, 'Bitte Ihren Landkreis oder Ihre kreisfreie Stadt wählen.'),
	partyBranch: optionalText('Der Kreisverband', 120),
	activity: z.enum(MUNICIPAL_ACTIVITIES, {
		error: 'Bitte angeben, ob Sie kommunalpolitisch aktiv sind.'
	}),
	activityWhere: optionalText('Die Angabe, wo Sie aktiv sind,', 200),
	topics: checkedValues,
	message: optionalText('Die Nachricht', 3000),
	// Any value but a ticked box's (also a tampered one) gets the German message.
	consent: z
		.unknown()
		.refine((value) => value === 'on' || value === 'true' || value === '1', {
			message: 'Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.'
		})
		.transform(() => true as const)
});
const activityFields = joinFields.pick({ activity: true, activityWhere: true });

/** The public "Mitmachen" form. Server and browser share it; the server adds its own checks. */
export const joinForm = joinFields.refine(
	(value) => value.activity === 'none' || value.activityWhere !== '',
	{
		path: ['activityWhere'],
		message: 'Bitte sagen Sie uns, wo Sie aktiv sind (z. B. Gemeindevertretung Dummerstorf).',
		// Also when other fields have errors, so every problem shows at once.
		when: (payload) => activityFields.safeParse(payload.value).success
	}
);
export type JoinFormInput = z.infer<typeof joinForm>;

export const joinDecisionForm = z.object({
	role: z.enum(JOIN_ROLES, { error: 'Bitte eine Rolle wählen.' })
});

export const joinDeclineForm = z.object({
	notify: checkbox,
	message: optionalText('Die Nachricht', 3000)
});

export const joinNotesForm = z.object({
	notes: optionalText('Die Notiz', 5000)
});
