import type { SessionUser } from '../../auth/types';
import { assertCan } from '../../auth/policy';
import { loadPersonViews } from '../../directory/load-person-views';
import { loadDirectoryViewer } from '../../directory/viewer';
import { isUuid } from '../../directory/is-uuid';

/**
 * How the actor can reach a person: their address is visible to them (write directly), hidden
 * (use the contact form, which never shows it), or there is none stored.
 */
export type ContactTarget =
	| { id: string; fullName: string; channel: 'form' }
	| { id: string; fullName: string; channel: 'visible'; email: string }
	| { id: string; fullName: string; channel: 'none' };

/** null when there is no such person, or the actor may not know of them (same answer: 404). */
export async function loadContactTarget(options: {
	actor: SessionUser | null;
	personId: string;
}): Promise<ContactTarget | null> {
	assertCan(options.actor, 'network.read');
	if (!isUuid(options.personId)) return null;
	const viewer = await loadDirectoryViewer(options.actor);
	const [view] = await loadPersonViews(viewer, [options.personId]);
	if (!view) return null;
	const base = { id: view.id, fullName: view.fullName };
	if (view.email) return { ...base, channel: 'visible', email: view.email };
	if (view.hasHiddenEmail && !view.recordOnly) return { ...base, channel: 'form' };
	return { ...base, channel: 'none' };
}
