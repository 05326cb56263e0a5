import { redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { createGroup } from '$lib/server/discussions/create-group';
import { discussionFailure } from '$lib/server/discussions/form-failure';
import { listTopics } from '$lib/server/directory/list-topics';
import { parseFormData } from '$lib/server/forms/parse-form';
import { groupForm } from '$lib/shared/discussions';

export async function load(event) {
	requireAccess(event, 'discussions.manage');
	return { topics: (await listTopics()).map(({ id, name }) => ({ id, name })) };
}

export const actions = {
	create: async (event) => {
		const actor = requireAccess(event, 'discussions.manage');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, groupForm);
		if (!parsed.ok) return parsed.failure;
		let slug: string;
		try {
			({ slug } = await createGroup({
				actor,
				input: parsed.data,
				ip: event.getClientAddress()
			}));
		} catch (caught) {
			return discussionFailure(caught, formData);
		}
		redirect(303, `/arbeitskreise/${slug}?hinweis=eroeffnet`);
	}
};
