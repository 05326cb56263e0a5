import { can, requireAccess } from '$lib/server/auth/policy';

export function load(event) {
	const user = requireAccess(event, 'account.manage');
	return {
		savesSearches: can(user, 'alerts.manage'),
		subscribesCalendar: can(user, 'events.register')
	};
}
