import { redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { parseFormData } from '$lib/server/forms/parse-form';
import { requireLandtagFaction } from '$lib/server/landtag/access';
import { createInitiative } from '$lib/server/landtag/create-initiative';
import { landtagFailure, orNotFound } from '$lib/server/landtag/form-failure';
import { initiativeForm } from '$lib/shared/landtag';

export async function load(event) {
	const user = requireAccess(event, 'faction.manage');
	await orNotFound(requireLandtagFaction(user));
}

export const actions = {
	create: async (event) => {
		const actor = requireAccess(event, 'faction.manage');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, initiativeForm);
		if (!parsed.ok) return parsed.failure;
		let id: string;
		try {
			({ id } = await createInitiative({ actor, input: parsed.data }));
		} catch (caught) {
			return landtagFailure(caught, formData);
		}
		redirect(303, `/landtag/initiativen/${id}`);
	}
};
