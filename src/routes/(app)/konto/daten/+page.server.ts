import { redirect } from '@sveltejs/kit';
import { applySetCookies } from '$lib/server/auth/cookies';
import { authFailure, scoped } from '$lib/server/auth/form-failure';
import { requireAccess } from '$lib/server/auth/policy';
import { requestContextOf } from '$lib/server/auth/request-event';
import { parseFormData } from '$lib/server/forms/parse-form';
import { deleteAccount } from '$lib/server/privacy/delete-account';
import { previewDeletion } from '$lib/server/privacy/deletion-preview';
import { confirmPasswordForm } from '$lib/shared/account-forms';

export async function load(event) {
	const actor = requireAccess(event, 'account.manage');
	return { deletion: await previewDeletion({ actor }), email: actor.email };
}

export const actions = {
	delete: async (event) => {
		const actor = requireAccess(event, 'account.manage');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, confirmPasswordForm);
		if (!parsed.ok) return scoped('delete', parsed.failure);
		let keptPublicRecord: boolean;
		try {
			const deleted = await deleteAccount({
				actor,
				password: parsed.data.password,
				request: requestContextOf(event)
			});
			applySetCookies(event.cookies, deleted.setCookies);
			keptPublicRecord = deleted.keptPublicRecord;
		} catch (caught) {
			// The password is never sent back into the form.
			return scoped('delete', authFailure(caught));
		}
		redirect(303, keptPublicRecord ? '/konto-geloescht?mandat=1' : '/konto-geloescht');
	}
};
