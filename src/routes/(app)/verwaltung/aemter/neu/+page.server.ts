import { fail, redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { formError, parseFormData } from '$lib/server/forms/parse-form';
import { AmtError } from '$lib/server/territory/amt/amt-error';
import { amtFormChoices } from '$lib/server/territory/amt/amt-form-choices';
import { createAmt } from '$lib/server/territory/amt/create-amt';
import { amtForm } from '$lib/shared/amt-forms';

export async function load(event) {
	const actor = requireAccess(event, 'directory.manage');
	const kreisAgs = event.url.searchParams.get('kreis');
	const choices = await amtFormChoices({ actor, kreisAgs });
	const kreis = choices.landkreise.find((row) => row.ags === kreisAgs) ?? null;
	return { ...choices, kreis };
}

export const actions = {
	default: async (event) => {
		const actor = requireAccess(event, 'directory.manage');
		const formData = await event.request.formData();
		const gemeinden = formData.getAll('gemeinden').map(String);
		const parsed = parseFormData(formData, amtForm);
		// Checked Gemeinden are kept, so a missing name does not cost the selection.
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, gemeinden });
		try {
			await createAmt({
				actor,
				name: parsed.data.name,
				kreisAgs: parsed.data.kreis,
				gemeindeAgs: parsed.data.gemeinden,
				ip: event.getClientAddress()
			});
		} catch (caught) {
			if (!(caught instanceof AmtError)) throw caught;
			const failure = formError(
				400,
				caught.message,
				formData,
				caught.field ? { [caught.field]: [caught.message] } : {}
			);
			return fail(400, { ...failure.data, gemeinden });
		}
		redirect(303, `/gebiete/${parsed.data.kreis}#aemter`);
	}
};
