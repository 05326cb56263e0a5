import { invalidateAll } from '$app/navigation';
import { navigating } from '$app/state';

/**
 * Loads the shown page's data again, for pages that follow a running job (a sync, a mailing),
 * unless the reader is already on the way to another page. SvelteKit lets an invalidation that
 * starts during a navigation take over from it ("the invalidation should win"), so a timed
 * refresh would swallow a link clicked just before it, on a slow server for seconds.
 */
export async function refreshUnlessNavigating(): Promise<void> {
	if (navigating.to) return;
	await invalidateAll();
}
