import { error } from '@sveltejs/kit';
import { can, requireAccess } from '$lib/server/auth/policy';

// The admin area is for the board (and later faction admins for their own faction).
export function load(event) {
	const user = requireAccess(event, 'account.manage');
	if (!can(user, 'admin.users') && !can(user, 'faction.manage')) {
		error(403, 'Dafür fehlt Ihnen die Berechtigung.');
	}
}
