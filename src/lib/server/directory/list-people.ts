import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { loadPersonViews } from './load-person-views';
import { findPeople, type PeopleFilters } from './people-query';
import type { PersonView } from './person-view';
import { loadDirectoryViewer } from './viewer';

export interface PeopleList {
	total: number;
	page: number;
	pageSize: number;
	pageCount: number;
	items: PersonView[];
}

/** The members' directory: filtered, fuzzy-searched, 25 people a page, each as the actor may see them. */
export async function listPeople(options: {
	actor: SessionUser | null;
	filters?: PeopleFilters;
	page?: number;
	pageSize?: number;
}): Promise<PeopleList> {
	assertCan(options.actor, 'network.read');
	const viewer = await loadDirectoryViewer(options.actor);
	const pageSize = Math.min(Math.max(options.pageSize ?? 25, 1), 100);
	const requested = Math.max(Math.trunc(options.page ?? 1), 1);
	const filters = options.filters ?? {};
	let found = await findPeople({
		viewer,
		filters,
		limit: pageSize,
		offset: (requested - 1) * pageSize
	});
	const pageCount = Math.max(1, Math.ceil(found.total / pageSize));
	const page = Math.min(requested, pageCount);
	// A page number past the end (an old link after people left) shows the last page.
	if (page !== requested)
		found = await findPeople({ viewer, filters, limit: pageSize, offset: (page - 1) * pageSize });
	return {
		total: found.total,
		page,
		pageSize,
		pageCount,
		items: await loadPersonViews(viewer, found.ids)
	};
}
