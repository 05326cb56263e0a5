import { z } from 'zod';
import { optionalDay, requiredText } from './validation';

/** "Neuen Token erstellen": a name to tell it apart, and optionally the last day it works. */
export function apiTokenForm(today: string) {
	return z.object({
		name: requiredText('einen Namen', 100),
		expiresOn: optionalDay('2026-12-31').refine((value) => value === null || value > today, {
			error: 'Das Ablaufdatum muss nach dem heutigen Tag liegen.'
		})
	});
}
