import { requireAccess } from '$lib/server/auth/policy';

// Every page below needs an account; pages and actions check their own permission too.
export function load(event) {
	requireAccess(event, 'account.manage');
}
