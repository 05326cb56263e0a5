import { can, requireAccess } from '$lib/server/auth/policy';
import { listEvents } from '$lib/server/events/list-events';
import {
	EVENT_KINDS,
	EVENT_KIND_LABELS,
	EVENT_ORGANIZERS,
	EVENT_ORGANIZER_LABELS,
	type EventKind,
	type EventOrganizer
} from '$lib/shared/events';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
	return value && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** Upcoming events soonest first, or (`?zeit=vergangen`) past ones latest first; filters by GET. */
export async function load(event) {
	requireAccess(event, 'public.read');
	const query = event.url.searchParams;
	const kind = oneOf<EventKind>(EVENT_KINDS, query.get('art'));
	const organizer = oneOf<EventOrganizer>(EVENT_ORGANIZERS, query.get('veranstalter'));
	const past = query.get('zeit') === 'vergangen';
	const page = Math.max(1, Number.parseInt(query.get('seite') ?? '1', 10) || 1);
	const list = await listEvents(event.locals.user, {
		when: past ? 'past' : 'upcoming',
		kind,
		organizer,
		page
	});
	return {
		past,
		filters: { zeit: past ? 'vergangen' : '', art: kind ?? '', veranstalter: organizer ?? '' },
		list: { ...list, pageCount: Math.max(1, Math.ceil(list.total / list.pageSize)) },
		seesMembers: can(event.locals.user, 'network.read'),
		canManage: can(event.locals.user, 'events.manage'),
		options: {
			kinds: EVENT_KINDS.map((value) => ({ value, label: EVENT_KIND_LABELS[value] })),
			organizers: EVENT_ORGANIZERS.map((value) => ({
				value,
				label: EVENT_ORGANIZER_LABELS[value]
			}))
		}
	};
}
