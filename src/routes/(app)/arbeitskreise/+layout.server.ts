import { requireAccess } from '$lib/server/auth/policy';

// Topic groups are for members; every page and action below checks again.
export function load(event) {
	requireAccess(event, 'network.read');
}
