import { requireAccess } from '$lib/server/auth/policy';

// The Landtag exchange is the network's: members, faction admins, the board.
export function load(event) {
	requireAccess(event, 'network.read');
}
