import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { createSavedSearch } from '$lib/server/alerts/create-saved-search';
import { deleteSavedSearch } from '$lib/server/alerts/delete-saved-search';
import { describeFilters } from '$lib/server/alerts/describe-filters';
import { SavedSearchNotFoundError, TooManySavedSearchesError } from '$lib/server/alerts/errors';
import { listSavedSearches } from '$lib/server/alerts/list-saved-searches';
import { regenerateFeedToken } from '$lib/server/alerts/regenerate-feed-token';
import { updateSavedSearch } from '$lib/server/alerts/update-saved-search';
import { scoped } from '$lib/server/auth/form-failure';
import { requireAccess } from '$lib/server/auth/policy';
import { formValues, parseFormData } from '$lib/server/forms/parse-form';
import { filtersFromParams, savedSearchForm } from '$lib/shared/saved-searches';

const idField = z.object({ id: z.uuid() });

/** A form's filters travel as hidden fields named like the search page's parameters. */
function filtersOf(formData: FormData) {
	const params = new URLSearchParams();
	for (const [key, value] of formData) if (typeof value === 'string') params.append(key, value);
	return filtersFromParams(params);
}

function searchIdOf(formData: FormData): string {
	const parsed = idField.safeParse({ id: formData.get('id') });
	if (!parsed.success) error(404, 'Diese gespeicherte Suche gibt es nicht (mehr).');
	return parsed.data.id;
}

function notFound(caught: unknown): never {
	if (caught instanceof SavedSearchNotFoundError) error(404, caught.message);
	throw caught;
}

/**
 * The person's saved searches. The search page's "Suche speichern" links here with its words and
 * filters in the address (`?q=…&kind=…`): they fill the form for a new saved search.
 */
export async function load(event) {
	const actor = requireAccess(event, 'alerts.manage');
	const params = event.url.searchParams;
	const draftFilters = filtersFromParams(params);
	const draftQuery = (params.get('q') ?? '').trim().slice(0, 500);
	return {
		searches: await listSavedSearches({ actor }),
		draft: {
			query: draftQuery,
			filters: draftFilters,
			filterDescriptions: (await describeFilters([draftFilters])).get(draftFilters) ?? [],
			fromSearch: params.has('q') || Object.keys(draftFilters).length > 0
		}
	};
}

export const actions = {
	create: async (event) => {
		const actor = requireAccess(event, 'alerts.manage');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, savedSearchForm);
		if (!parsed.ok) return scoped('create', parsed.failure);
		try {
			await createSavedSearch({
				actor,
				input: { ...parsed.data, filters: filtersOf(formData) }
			});
		} catch (caught) {
			if (caught instanceof TooManySavedSearchesError) {
				return fail(400, {
					scope: 'create',
					errors: {},
					values: formValues(formData),
					message: caught.message
				});
			}
			throw caught;
		}
		return { scope: 'create', success: `Die Suche „${parsed.data.name}“ ist gespeichert.` };
	},
	update: async (event) => {
		const actor = requireAccess(event, 'alerts.manage');
		const formData = await event.request.formData();
		const id = searchIdOf(formData);
		const parsed = parseFormData(formData, savedSearchForm);
		if (!parsed.ok) return scoped(`s:${id}`, parsed.failure);
		await updateSavedSearch({ actor, id, input: parsed.data }).catch(notFound);
		return { scope: `s:${id}`, success: 'Ihre Änderungen sind gespeichert.' };
	},
	regenerate: async (event) => {
		const actor = requireAccess(event, 'alerts.manage');
		const id = searchIdOf(await event.request.formData());
		await regenerateFeedToken({ actor, id }).catch(notFound);
		return {
			scope: `s:${id}`,
			success: 'Der Feed hat eine neue Adresse. Die bisherige funktioniert nicht mehr.'
		};
	},
	delete: async (event) => {
		const actor = requireAccess(event, 'alerts.manage');
		const id = searchIdOf(await event.request.formData());
		const { name } = await deleteSavedSearch({ actor, id }).catch(notFound);
		return { scope: 'list', success: `Die Suche „${name}“ ist gelöscht.` };
	}
};
