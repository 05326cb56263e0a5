import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import {
	MAX_SAVED_SEARCHES,
	savedSearchFilters,
	type SavedSearchInput
} from '$lib/shared/saved-searches';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { TooManySavedSearchesError } from './errors';
import { freshFeedCredentials } from './feed-token';
import { savedSearch } from './schema';

/**
 * Saves a search for its owner. Only documents changed from now on count as new, so the first
 * alert brings what appears after saving, not the whole existing result list.
 */
export async function createSavedSearch(options: {
	actor: SessionUser | null;
	input: SavedSearchInput;
}): Promise<{ id: string }> {
	const { actor, input } = options;
	assertCan(actor, 'alerts.manage');
	const [existing] = await db
		.select({ n: count() })
		.from(savedSearch)
		.where(eq(savedSearch.userId, actor.id));
	if ((existing?.n ?? 0) >= MAX_SAVED_SEARCHES)
		throw new TooManySavedSearchesError(MAX_SAVED_SEARCHES);
	const id = randomUUID();
	const now = new Date();
	await db.insert(savedSearch).values({
		id,
		userId: actor.id,
		name: input.name,
		query: input.query,
		filters: savedSearchFilters.parse(input.filters),
		frequency: input.frequency,
		...(await freshFeedCredentials(id)),
		baselineAt: now,
		checkedUntil: now
	});
	return { id };
}
