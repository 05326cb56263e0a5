import { mandateText } from '$lib/shared/mandate-text';
import { hasFilters, type SearchItem } from '$lib/shared/search';
import { loadPersonViews } from '../../directory/load-person-views';
import { findPeople } from '../../directory/people-query';
import type { PersonView } from '../../directory/person-view';
import { loadDirectoryViewer } from '../../directory/viewer';
import type { SearchProvider } from '../types';

/** What the person does, as far as the viewer sees it: current mandates, else former ones. */
export function personSnippet(view: PersonView): string {
	const current = view.mandates.filter((mandate) => mandate.current);
	const parts = [view.party];
	if (current.length > 0) parts.push(current.map(mandateText).join('; '));
	else if (view.mandates.length > 0)
		parts.push(`früher: ${view.mandates.map(mandateText).join('; ')}`);
	if (view.topics && view.topics.length > 0)
		parts.push(`Themen: ${view.topics.map((topic) => topic.name).join(', ')}`);
	return parts.join(' · ');
}

/** Since when the person holds their current mandates, else when the last one ended. */
function personDate(view: PersonView): string | null {
	const current = view.mandates.filter((mandate) => mandate.current);
	const dates = current.length
		? current.map((mandate) => mandate.startDate)
		: view.mandates.map((mandate) => mandate.endDate);
	return (
		dates
			.filter((date): date is string => date !== null)
			.sort()
			.at(-1) ?? null
	);
}

export function personItem(view: PersonView): SearchItem {
	return {
		type: 'person',
		id: view.id,
		title: view.fullName,
		snippet: personSnippet(view),
		url: `/personen/${view.id}`,
		date: personDate(view)
	};
}

/**
 * People by name, fuzzy (pg_trgm): the public finds mandate holders (public record), members
 * everyone in the directory; each item shows only what the actor may see of the person.
 */
export const personSearchProvider: SearchProvider = {
	type: 'person',
	async search({ actor, query, limit, offset, filters }) {
		// People have no kind, status, topic facet … of documents: a filtered search excludes them.
		if (hasFilters(filters)) return { total: 0, items: [] };
		const viewer = await loadDirectoryViewer(actor);
		const found = await findPeople({ viewer, filters: { query }, limit, offset });
		const views = await loadPersonViews(viewer, found.ids);
		return { total: found.total, items: views.map(personItem) };
	}
};
