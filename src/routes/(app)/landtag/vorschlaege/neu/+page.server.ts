import { error, redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { parseFormData } from '$lib/server/forms/parse-form';
import { loadLandtagActor } from '$lib/server/landtag/access';
import { createProposal } from '$lib/server/landtag/create-proposal';
import { landtagFailure } from '$lib/server/landtag/form-failure';
import { proposalForm } from '$lib/shared/landtag';

export async function load(event) {
	const user = requireAccess(event, 'network.contribute');
	const actor = await loadLandtagActor(user);
	// Proposals come from municipal factions; without a seat in one there is nobody to speak for.
	if (actor.municipalFactions.length === 0)
		error(
			403,
			'Dafür fehlt Ihnen die Berechtigung. Themen schlagen Mitglieder einer Fraktion in den Kommunen vor.'
		);
	return { factions: actor.municipalFactions };
}

export const actions = {
	create: async (event) => {
		const actor = requireAccess(event, 'network.contribute');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, proposalForm);
		if (!parsed.ok) return parsed.failure;
		try {
			await createProposal({ actor, input: parsed.data });
		} catch (caught) {
			return landtagFailure(caught, formData);
		}
		redirect(303, '/landtag/vorschlaege?gesendet=1');
	}
};
