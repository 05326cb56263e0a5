import { z } from 'zod';
import { requiredText } from './validation';

/** Checkboxes arrive as nothing, one value or a list. */
const list = (value: unknown) =>
	value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

/**
 * "Amt anlegen": its name (without the word "Amt"), the Landkreis and the Gemeinden it
 * administers, by their official keys.
 */
export const amtForm = z.object({
	name: requiredText('den Namen des Amtes', 100).transform((name) =>
		name.replace(/^Amt\s+/i, '').trim()
	),
	kreis: z
		.string({ error: 'Bitte einen Landkreis auswählen.' })
		.regex(/^\d{5}$/, 'Bitte einen Landkreis auswählen.'),
	gemeinden: z.preprocess(
		list,
		z
			.array(z.string().regex(/^\d{8}$/, 'Unbekannte Gemeinde.'))
			.min(2, 'Ein Amt verwaltet mindestens zwei Gemeinden: bitte sie auswählen.')
			.max(100, 'Bitte höchstens 100 Gemeinden auswählen.')
	)
});

export type AmtFormInput = z.output<typeof amtForm>;

/** "Amt bearbeiten": name and Gemeinden; the Landkreis stays. */
export const amtEditForm = amtForm.omit({ kreis: true });
