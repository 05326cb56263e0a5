import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { SavedSearchNotFoundError } from './errors';
import { ownSearch } from './own-search';
import { freshFeedCredentials } from './feed-token';
import { savedSearch } from './schema';

/** A new feed address; the old one answers 404 from now on (a leaked address is closed). */
export async function regenerateFeedToken(options: {
	actor: SessionUser | null;
	id: string;
}): Promise<void> {
	const { actor, id } = options;
	assertCan(actor, 'alerts.manage');
	const updated = await db
		.update(savedSearch)
		.set({ ...(await freshFeedCredentials(id)), modifiedAt: new Date() })
		.where(ownSearch(actor, id))
		.returning({ id: savedSearch.id });
	if (updated.length === 0) throw new SavedSearchNotFoundError();
}
