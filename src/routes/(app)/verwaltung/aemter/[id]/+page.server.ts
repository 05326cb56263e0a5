import { error, fail, redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { formError, parseFormData } from '$lib/server/forms/parse-form';
import { AmtError } from '$lib/server/territory/amt/amt-error';
import { amtEditData } from '$lib/server/territory/amt/amt-edit-data';
import { deleteAmt } from '$lib/server/territory/amt/delete-amt';
import { updateAmt } from '$lib/server/territory/amt/update-amt';
import { amtEditForm } from '$lib/shared/amt-forms';

function notFound(caught: unknown): never {
	if (caught instanceof AmtError && caught.code === 'amt_not_found') error(404, caught.message);
	throw caught;
}

export async function load(event) {
	const actor = requireAccess(event, 'directory.manage');
	try {
		return { amt: await amtEditData({ actor, id: event.params.id }) };
	} catch (caught) {
		notFound(caught);
	}
}

export const actions = {
	save: async (event) => {
		const actor = requireAccess(event, 'directory.manage');
		const formData = await event.request.formData();
		const gemeinden = formData.getAll('gemeinden').map(String);
		const parsed = parseFormData(formData, amtEditForm);
		// Checked Gemeinden are kept, so a missing name does not cost the selection.
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, gemeinden, scope: 'save' });
		try {
			await updateAmt({
				actor,
				id: event.params.id,
				name: parsed.data.name,
				gemeindeAgs: parsed.data.gemeinden,
				ip: event.getClientAddress()
			});
		} catch (caught) {
			if (!(caught instanceof AmtError) || caught.code === 'amt_not_found') notFound(caught);
			const failure = formError(
				400,
				caught.message,
				formData,
				caught.field ? { [caught.field]: [caught.message] } : {}
			);
			return fail(400, { ...failure.data, gemeinden, scope: 'save' });
		}
		return { scope: 'save', success: 'Das Amt ist gespeichert.' };
	},
	delete: async (event) => {
		const actor = requireAccess(event, 'directory.manage');
		const formData = await event.request.formData();
		if (formData.get('confirm') !== 'ja') {
			return fail(400, {
				scope: 'delete',
				errors: { confirm: ['Bitte bestätigen, dass das Amt gelöscht werden soll.'] }
			});
		}
		try {
			await deleteAmt({ actor, id: event.params.id, ip: event.getClientAddress() });
		} catch (caught) {
			if (!(caught instanceof AmtError) || caught.code === 'amt_not_found') notFound(caught);
			return fail(400, { scope: 'delete', message: caught.message });
		}
		redirect(303, '/verwaltung/aemter');
	}
};
