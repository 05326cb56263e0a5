import { requireAccess } from '$lib/server/auth/policy';
import { listFollowedBodies } from '$lib/server/oparl/read/list-followed-bodies';

/** Imported council data is public record: everyone sees the bodies the board follows. */
export async function load(event) {
	requireAccess(event, 'public.read');
	return { bodies: await listFollowedBodies() };
}
