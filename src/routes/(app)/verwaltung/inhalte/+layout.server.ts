import { requireAccess } from '$lib/server/auth/policy';

export function load(event) {
	requireAccess(event, 'content.manage');
}
