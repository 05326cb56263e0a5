import { listAccounts } from '$lib/server/auth/admin/list-accounts';
import { listOpenInvitations } from '$lib/server/auth/invitations/list-invitations';
import { requireAccess, skipsTwoFactorForDemo } from '$lib/server/auth/policy';
import { peopleFilters } from './filters';

export async function load(event) {
	const actor = requireAccess(event, 'admin.users');
	const filters = peopleFilters.parse(Object.fromEntries(event.url.searchParams));
	const list = await listAccounts({
		actor,
		query: filters.suche,
		role: filters.rolle,
		status:
			filters.status === 'aktiv'
				? 'active'
				: filters.status === 'deaktiviert'
					? 'deactivated'
					: 'all',
		page: filters.seite
	});
	const invitations = await listOpenInvitations({ actor });
	return {
		list: { ...list, pageCount: Math.max(1, Math.ceil(list.total / list.pageSize)) },
		filters: {
			suche: filters.suche ?? '',
			rolle: filters.rolle ?? '',
			status: filters.status ?? ''
		},
		openInvitations: invitations.filter((invitation) => invitation.status === 'open').length,
		demoBoard: skipsTwoFactorForDemo(actor),
		currentUserId: actor.id
	};
}
