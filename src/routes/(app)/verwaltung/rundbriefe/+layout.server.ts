import { requireAccess } from '$lib/server/auth/policy';

// Rundbriefe show names and addresses of recipients: board only. Every action checks again.
export function load(event) {
	requireAccess(event, 'newsletter.send');
}
