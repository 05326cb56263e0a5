import { z } from 'zod';
import { requiredText } from './validation';

function isCalendarDay(value: string): boolean {
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** "Neuen Token erstellen": a name to tell it apart, and optionally the last day it works. */
export function apiTokenForm(today: string) {
	return z.object({
		name: requiredText('einen Namen', 100),
		expiresOn: z.preprocess(
			(value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null),
			z
				.string()
				.regex(/^\d{4}-\d{2}-\d{2}$/, 'Bitte ein Datum angeben, z. B. 2026-12-31.')
				.refine(isCalendarDay, 'Dieses Datum gibt es nicht.')
				.refine((value) => value > today, 'Das Ablaufdatum muss nach dem heutigen Tag liegen.')
				.nullable()
		)
	});
}
