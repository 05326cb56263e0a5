import { requireAccess } from '$lib/server/auth/policy';
import { adminTiles } from '$lib/server/instance/navigation';

export function load(event) {
	const user = requireAccess(event, 'account.manage');
	return { tiles: adminTiles(user) };
}
