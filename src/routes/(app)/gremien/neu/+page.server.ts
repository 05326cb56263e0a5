import { requireAccess } from '$lib/server/auth/policy';
import { createOrganization } from '$lib/server/directory/create-organization';
import { directoryFailure } from '$lib/server/directory/directory-failure';
import { membershipFormData } from '$lib/server/directory/membership-form-data';
import { loadDirectoryEditor } from '$lib/server/directory/person-access';
import { parseFormData } from '$lib/server/forms/parse-form';
import { ORGANIZATION_KINDS, newOrganizationForm } from '$lib/shared/directory-forms';

export async function load(event) {
	const actor = requireAccess(event, 'faction.manage');
	const editor = await loadDirectoryEditor(actor);
	const choices = await membershipFormData(editor, [], event.url);
	return {
		bodyGroups: choices.bodyGroups,
		bodyId: choices.bodyId,
		councils: choices.organizations
			.filter((o) => o.organizationType === 'council')
			.map(({ id, name }) => ({ id, name })),
		// Factions are the board's to create; faction admins add committees to their councils.
		kinds: editor.board
			? [...ORGANIZATION_KINDS]
			: ORGANIZATION_KINDS.filter((k) => k !== 'faction')
	};
}

export const actions = {
	default: async (event) => {
		const actor = requireAccess(event, 'faction.manage');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, newOrganizationForm);
		if (!parsed.ok) return parsed.failure;
		try {
			const { id } = await createOrganization({
				actor,
				...parsed.data,
				ip: event.getClientAddress()
			});
			return { created: { id, name: parsed.data.name } };
		} catch (caught) {
			return directoryFailure(caught, formData);
		}
	}
};
