import { can, requireAccess } from '$lib/server/auth/policy';
import {
	listMotions,
	motionFilterOptions,
	motionFiltersFrom
} from '$lib/server/motions/list-motions';
import {
	MOTION_STATUS_LABELS,
	MOTION_STATUSES,
	MOTION_TYPE_LABELS,
	MOTION_TYPES
} from '$lib/shared/motions';

export async function load(event) {
	requireAccess(event, 'public.read');
	const actor = event.locals.user;
	const params = event.url.searchParams;
	const filters = motionFiltersFrom(params);
	const page = Number.parseInt(params.get('seite') ?? '1', 10) || 1;
	const [list, options] = await Promise.all([
		listMotions({ actor, filters, page }),
		motionFilterOptions()
	]);
	return {
		// After deleting a motion (its page is gone, so the list says it).
		deleted: params.has('geloescht'),
		list,
		// In the order the form shows them, so page links keep one address shape.
		filters: {
			art: filters.type ?? '',
			thema: filters.topic ?? '',
			kreis: filters.district ?? '',
			stand: filters.status ?? ''
		},
		options: {
			types: MOTION_TYPES.map((value) => ({ value, label: MOTION_TYPE_LABELS[value] })),
			statuses: MOTION_STATUSES.map((value) => ({ value, label: MOTION_STATUS_LABELS[value] })),
			topics: options.topics.map((topic) => ({ value: topic.slug, label: topic.name })),
			districts: options.districts.map((district) => ({
				value: district.ags,
				label: district.name
			}))
		},
		canCreate: can(actor, 'network.contribute'),
		seesMembers: can(actor, 'network.read')
	};
}
