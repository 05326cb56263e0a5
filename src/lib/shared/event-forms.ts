import { z } from 'zod';
import { parseBerlinDateTime } from './berlin-date-time';
import { EVENT_KINDS, EVENT_ORGANIZERS, EVENT_VISIBILITIES } from './events';
import { checkbox } from './validation';

/**
 * The fields of an event as the board's form sends them, with German messages. Times arrive as
 * Berlin wall-clock values of datetime-local fields; empty optional fields become null.
 */
const blankToNull = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
		? null
		: value;

const berlinTime = (label: string) =>
	z
		.string({ error: `Bitte ${label} angeben.` })
		.trim()
		.min(1, `Bitte ${label} angeben.`)
		.transform((value, context) => {
			const at = parseBerlinDateTime(value);
			if (!at) {
				context.addIssue({
					code: 'custom',
					message: `Bitte ${label} als Datum und Uhrzeit angeben.`
				});
				return z.NEVER;
			}
			return at;
		});

const optionalText = (label: string, max: number) =>
	z.preprocess(
		(value) => (value === undefined || value === null ? '' : value),
		z
			.string({ error: `${label} muss Text sein.` })
			.trim()
			.max(max, `${label} darf höchstens ${max.toLocaleString('de-DE')} Zeichen lang sein.`)
	);

const webAddress = z
	.url({ error: 'Bitte eine vollständige Adresse angeben, z. B. https://…', protocol: /^https?$/ })
	.max(2000, 'Die Adresse ist zu lang.');

export const eventFields = z
	.object({
		title: z
			.string({ error: 'Bitte einen Titel angeben.' })
			.trim()
			.min(1, 'Bitte einen Titel angeben.')
			.max(200, 'Der Titel darf höchstens 200 Zeichen lang sein.'),
		kind: z.enum(EVENT_KINDS, { error: 'Bitte eine Art auswählen.' }),
		organizer: z.enum(EVENT_ORGANIZERS, { error: 'Bitte auswählen, wer veranstaltet.' }),
		organizerName: z.preprocess(
			blankToNull,
			z
				.string()
				.trim()
				.max(200, 'Der Name darf höchstens 200 Zeichen lang sein.')
				.nullable()
				.default(null)
		),
		summary: optionalText('Die Kurzbeschreibung', 300),
		description: optionalText('Die Beschreibung', 20_000),
		startsAt: berlinTime('den Beginn'),
		endsAt: berlinTime('das Ende'),
		location: optionalText('Der Ort', 500),
		onlineUrl: z.preprocess(blankToNull, webAddress.nullable().default(null)),
		visibility: z.enum(EVENT_VISIBILITIES, {
			error: 'Bitte auswählen, wer die Veranstaltung sehen darf.'
		}),
		capacity: z.preprocess(
			(value) => {
				const blank = blankToNull(value);
				return typeof blank === 'string' ? Number(blank.trim()) : blank;
			},
			z
				.number({ error: 'Bitte eine Zahl angeben oder das Feld leer lassen.' })
				.int('Bitte eine ganze Zahl angeben.')
				.min(1, 'Bitte mindestens 1 Platz angeben oder das Feld leer lassen.')
				.max(100_000, 'Diese Zahl ist zu groß.')
				.nullable()
				.default(null)
		),
		registrationEnabled: checkbox,
		registrationClosesAt: z.preprocess(
			blankToNull,
			berlinTime('den Anmeldeschluss').nullable().default(null)
		)
	})
	.superRefine((fields, context) => {
		if (fields.endsAt <= fields.startsAt)
			context.addIssue({
				code: 'custom',
				path: ['endsAt'],
				message: 'Das Ende muss nach dem Beginn liegen.'
			});
		if (fields.organizer === 'district_association' && !fields.organizerName)
			context.addIssue({
				code: 'custom',
				path: ['organizerName'],
				message: 'Bitte den Namen des Kreisverbands angeben.'
			});
		if (fields.registrationClosesAt && fields.registrationClosesAt > fields.endsAt)
			context.addIssue({
				code: 'custom',
				path: ['registrationClosesAt'],
				message: 'Der Anmeldeschluss muss vor dem Ende der Veranstaltung liegen.'
			});
	});

export type EventInput = z.input<typeof eventFields>;
export type EventFields = z.output<typeof eventFields>;

/** A registration's optional note to the organizers. */
export const registrationFields = z.object({
	note: optionalText('Die Nachricht', 1000)
});

/** A material given as a link (files come as multipart and are checked by content). */
export const materialLinkFields = z.object({
	title: z
		.string({ error: 'Bitte einen Titel angeben.' })
		.trim()
		.min(1, 'Bitte einen Titel angeben.')
		.max(200, 'Der Titel darf höchstens 200 Zeichen lang sein.'),
	url: webAddress,
	public: checkbox
});

export const materialFileFields = materialLinkFields.omit({ url: true });
