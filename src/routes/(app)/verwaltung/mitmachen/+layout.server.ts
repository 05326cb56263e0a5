import { requireAccess } from '$lib/server/auth/policy';

// Join requests hold personal data of people who are not members yet: board only. Pages and
// actions check again.
export function load(event) {
	requireAccess(event, 'join.manage');
}
