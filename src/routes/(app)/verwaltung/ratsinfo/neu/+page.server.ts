import { fail, redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { formValues, parseFormData } from '$lib/server/forms/parse-form';
import { AddOparlSourceError, addOparlSource } from '$lib/server/oparl/sync/add-source';
import { oparlSystemUrlForm } from '$lib/shared/oparl-admin';

export function load(event) {
	requireAccess(event, 'oparl.manage');
}

export const actions = {
	/**
	 * Reads the System and its bodies from the given URL and creates the source (no body followed
	 * yet); the board picks bodies on the source's page next.
	 */
	default: async (event) => {
		const actor = requireAccess(event, 'oparl.manage');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, oparlSystemUrlForm);
		if (!parsed.ok) return parsed.failure;
		let sourceId: string;
		try {
			({ sourceId } = await addOparlSource(parsed.data.systemUrl, actor));
		} catch (caught) {
			if (!(caught instanceof AddOparlSourceError)) throw caught;
			return fail(400, {
				errors: { systemUrl: [caught.message] },
				values: formValues(formData),
				// An address added before: the page links to that source instead.
				existingSourceId: caught.code === 'exists' ? (caught.sourceId ?? null) : null
			});
		}
		redirect(303, `/verwaltung/ratsinfo/${sourceId}?neu=1`);
	}
};
