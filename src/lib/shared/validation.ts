import { z } from 'zod';

/** Shared building blocks for zod schemas with German messages, used on server and client. */
export const requiredText = (label: string, max = 200) =>
	z
		.string({ error: `${label} fehlt.` })
		.trim()
		.min(1, `Bitte ${label} angeben.`)
		.max(max, `${label} darf höchstens ${max} Zeichen lang sein.`);

export const email = z
	.string({ error: 'Bitte eine E-Mail-Adresse angeben.' })
	.trim()
	.toLowerCase()
	.min(1, 'Bitte eine E-Mail-Adresse angeben.')
	.max(254, 'Die E-Mail-Adresse ist zu lang.')
	.pipe(z.email({ error: 'Bitte eine gültige E-Mail-Adresse angeben, z. B. name@example.org.' }));

export const newPassword = z
	.string({ error: 'Bitte ein Passwort angeben.' })
	.min(10, 'Das Passwort muss mindestens 10 Zeichen lang sein.')
	.max(128, 'Das Passwort darf höchstens 128 Zeichen lang sein.');

// An unticked box is not sent at all: the key must be optional itself (zod 4 does not treat a
// union with z.undefined() as optional, and refused every unticked box as a missing field).
export const checkbox = z
	.union([z.literal('on'), z.literal('true'), z.literal('1')])
	.optional()
	.transform((value) => value !== undefined);

/** 2026-02-31 parses as 3 March: only a day that survives the round trip exists. */
export function isCalendarDay(value: string): boolean {
	const parsed = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** A calendar day from `<input type="date">`, or null when left empty; `example` shows the format. */
export const optionalDay = (example: string) =>
	z
		.string({ error: `Bitte ein Datum angeben, z. B. ${example}.` })
		.trim()
		.nullish()
		.transform((value) => value || null)
		.refine((value) => value === null || /^\d{4}-\d{2}-\d{2}$/.test(value), {
			error: `Bitte ein Datum angeben, z. B. ${example}.`
		})
		.refine((value) => value === null || isCalendarDay(value), {
			error: 'Dieses Datum gibt es nicht.'
		});
