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

export const checkbox = z
	.union([z.literal('on'), z.literal('true'), z.literal('1'), z.undefined()])
	.transform((value) => value !== undefined);
