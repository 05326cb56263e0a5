import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { isUuid } from './is-uuid';
import { loadPersonViews } from './load-person-views';
import type { PersonView } from './person-view';
import { loadDirectoryViewer } from './viewer';

/**
 * One person as the actor may see them, or null: for an unknown id and for a person the actor
 * may not know of alike, so a page cannot tell the two apart.
 */
export async function getPerson(options: {
	actor: SessionUser | null;
	id: string;
}): Promise<PersonView | null> {
	assertCan(options.actor, 'public.read');
	if (!isUuid(options.id)) return null;
	const viewer = await loadDirectoryViewer(options.actor);
	const [view] = await loadPersonViews(viewer, [options.id]);
	return view ?? null;
}
