import { error, redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { directoryFailure } from '$lib/server/directory/directory-failure';
import { isUuid } from '$lib/server/directory/is-uuid';
import { listOrganizations } from '$lib/server/directory/list-organizations';
import { updateCouncil } from '$lib/server/directory/update-council';
import { parseFormData } from '$lib/server/forms/parse-form';
import { COUNCIL_CLASSIFICATIONS, councilForm } from '$lib/shared/council-forms';

async function councilOf(id: string) {
	const [council] = isUuid(id) ? await listOrganizations({ ids: [id], types: ['council'] }) : [];
	if (!council) error(404, 'Diese Vertretung gibt es nicht.');
	return council;
}

export async function load(event) {
	requireAccess(event, 'directory.manage');
	const council = await councilOf(event.params.id);
	return { council, classifications: [...COUNCIL_CLASSIFICATIONS] };
}

export const actions = {
	save: async (event) => {
		const actor = requireAccess(event, 'directory.manage');
		const council = await councilOf(event.params.id);
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, councilForm);
		if (!parsed.ok) return parsed.failure;
		try {
			await updateCouncil({
				actor,
				id: council.id,
				...parsed.data,
				ip: event.getClientAddress()
			});
		} catch (caught) {
			return directoryFailure(caught, formData);
		}
		redirect(303, `/gremien/${council.id}`);
	}
};
