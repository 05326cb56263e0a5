import { requireAccess } from '$lib/server/auth/policy';
import { directoryFilterOptions } from '$lib/server/directory/directory-filter-options';
import { listPeople } from '$lib/server/directory/list-people';
import { directoryFilters } from './filters';

export async function load(event) {
	const actor = requireAccess(event, 'network.read');
	const filters = directoryFilters.parse(Object.fromEntries(event.url.searchParams));
	const [list, options] = await Promise.all([
		listPeople({
			actor,
			filters: {
				query: filters.suche,
				ags: filters.gebiet,
				councilId: filters.gremium,
				factionId: filters.fraktion,
				topicId: filters.thema,
				role: filters.funktion
			},
			page: filters.seite
		}),
		directoryFilterOptions({ actor })
	]);
	return {
		list,
		options,
		// In the order the form shows them, so links to other pages keep the same address shape.
		filters: {
			suche: filters.suche ?? '',
			gebiet: filters.gebiet ?? '',
			gremium: filters.gremium ?? '',
			fraktion: filters.fraktion ?? '',
			thema: filters.thema ?? '',
			funktion: filters.funktion ?? ''
		}
	};
}
