import { redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { previewPageForm, savePageForm } from '$lib/server/content/pages/page-form';

export function load(event) {
	requireAccess(event, 'content.manage');
}

export const actions = {
	preview: async (event) => {
		requireAccess(event, 'content.manage');
		return previewPageForm(await event.request.formData());
	},
	save: async (event) => {
		const user = requireAccess(event, 'content.manage');
		const result = await savePageForm({
			actor: user,
			formData: await event.request.formData(),
			ip: event.getClientAddress()
		});
		if (!result.ok) return result.failure;
		redirect(303, `/verwaltung/inhalte/seiten/${result.id}?angelegt`);
	}
};
