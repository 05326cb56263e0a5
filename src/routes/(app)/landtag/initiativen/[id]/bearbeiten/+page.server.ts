import { redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { parseFormData } from '$lib/server/forms/parse-form';
import { requireLandtagFaction } from '$lib/server/landtag/access';
import { landtagFailure, orNotFound } from '$lib/server/landtag/form-failure';
import { getInitiative } from '$lib/server/landtag/get-initiative';
import { updateInitiative } from '$lib/server/landtag/update-initiative';
import { initiativeForm } from '$lib/shared/landtag';

export async function load(event) {
	const user = requireAccess(event, 'faction.manage');
	await orNotFound(requireLandtagFaction(user));
	const initiative = await orNotFound(
		getInitiative({ actor: user, initiativeId: event.params.id })
	);
	return {
		initiative: {
			id: initiative.id,
			title: initiative.title,
			values: {
				type: initiative.type,
				title: initiative.title,
				summary: initiative.summary,
				printedMatterNumber: initiative.printedMatterNumber,
				printedMatterUrl: initiative.printedMatterUrl,
				feedbackQuestion: initiative.feedbackQuestion,
				feedbackDeadline: initiative.feedbackDeadline
			}
		}
	};
}

export const actions = {
	update: async (event) => {
		const actor = requireAccess(event, 'faction.manage');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, initiativeForm);
		if (!parsed.ok) return parsed.failure;
		try {
			await updateInitiative({ actor, initiativeId: event.params.id, input: parsed.data });
		} catch (caught) {
			return landtagFailure(caught, formData);
		}
		redirect(303, `/landtag/initiativen/${event.params.id}`);
	}
};
