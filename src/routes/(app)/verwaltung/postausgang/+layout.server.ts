import { requireAccess } from '$lib/server/auth/policy';

// The outbox shows mail addresses and contents: board only. Pages and actions check again.
export function load(event) {
	requireAccess(event, 'admin.outbox');
}
