import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/types';
import { savedSearch } from './schema';

/** The row only if it is the actor's own: someone else's saved search does not exist for them. */
export function ownSearch(actor: SessionUser, id: string) {
	return and(eq(savedSearch.id, id), eq(savedSearch.userId, actor.id));
}
