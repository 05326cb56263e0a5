import { requireAccess } from '$lib/server/auth/policy';
import { JOIN_PAGE_SIZE, listJoinRequests } from '$lib/server/join/list-join-requests';

export async function load(event) {
	const actor = requireAccess(event, 'join.manage');
	const filter = event.url.searchParams.get('stand') === 'entschieden' ? 'decided' : 'open';
	const page = Math.max(1, Number.parseInt(event.url.searchParams.get('seite') ?? '1', 10) || 1);
	const list = await listJoinRequests({ actor, filter, page });
	return {
		filter,
		page,
		pageCount: Math.max(1, Math.ceil(list.total / JOIN_PAGE_SIZE)),
		...list
	};
}
