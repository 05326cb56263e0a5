import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { SavedSearchNotFoundError } from './errors';
import { ownSearch } from './own-search';
import { savedSearch } from './schema';

export async function deleteSavedSearch(options: {
	actor: SessionUser | null;
	id: string;
}): Promise<{ name: string }> {
	const { actor, id } = options;
	assertCan(actor, 'alerts.manage');
	const deleted = await db
		.delete(savedSearch)
		.where(ownSearch(actor, id))
		.returning({ name: savedSearch.name });
	if (deleted.length === 0) throw new SavedSearchNotFoundError();
	return deleted[0]!;
}
