import type { AlertFrequency } from '$lib/shared/saved-searches';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { SavedSearchNotFoundError } from './errors';
import { ownSearch } from './own-search';
import { savedSearch } from './schema';

/**
 * Renames a saved search, changes its words or how often it mails. New words, or mail switched
 * on again, start from now: what matched before is not sent as a late batch of "new" results.
 */
export async function updateSavedSearch(options: {
	actor: SessionUser | null;
	id: string;
	input: { name: string; query: string; frequency: AlertFrequency };
}): Promise<void> {
	const { actor, id, input } = options;
	assertCan(actor, 'alerts.manage');
	const [current] = await db.select().from(savedSearch).where(ownSearch(actor, id));
	if (!current) throw new SavedSearchNotFoundError();
	const now = new Date();
	const restart = current.query !== input.query || current.frequency !== input.frequency;
	await db
		.update(savedSearch)
		.set({
			name: input.name,
			query: input.query,
			frequency: input.frequency,
			modifiedAt: now,
			...(restart ? { baselineAt: now, checkedUntil: now } : {})
		})
		.where(ownSearch(actor, id));
}
