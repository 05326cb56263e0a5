import { requireAccess } from '$lib/server/auth/policy';
import { listEvents } from '$lib/server/events/list-events';

export async function load(event) {
	const actor = requireAccess(event, 'events.manage');
	const page = Math.max(1, Number.parseInt(event.url.searchParams.get('seite') ?? '1', 10) || 1);
	const [upcoming, past] = await Promise.all([
		listEvents(actor, { when: 'upcoming', page: 1 }),
		listEvents(actor, { when: 'past', page })
	]);
	return {
		upcoming: upcoming.items,
		upcomingTotal: upcoming.total,
		past: { ...past, pageCount: Math.max(1, Math.ceil(past.total / past.pageSize)) }
	};
}
