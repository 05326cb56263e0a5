import { requireAccess } from '$lib/server/auth/policy';

// Council sources, their runs and reports: the board only. Every action and endpoint checks again.
export function load(event) {
	requireAccess(event, 'oparl.manage');
}
