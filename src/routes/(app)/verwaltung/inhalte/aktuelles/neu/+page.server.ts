import { redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { listContentImages } from '$lib/server/content/images/upload-content-image';
import { listAuthorOptions } from '$lib/server/content/news/author-options';
import { previewNewsPost } from '$lib/server/content/news/preview-news-post';
import { saveNewsPostForm } from '$lib/server/content/news/news-form';

export async function load(event) {
	const user = requireAccess(event, 'content.manage');
	const [authorOptions, images] = await Promise.all([
		listAuthorOptions(user),
		listContentImages(user)
	]);
	return { authorOptions, images, defaultAuthorIds: [user.id] };
}

export const actions = {
	preview: async (event) => {
		requireAccess(event, 'content.manage');
		return previewNewsPost(await event.request.formData());
	},
	save: async (event) => {
		const user = requireAccess(event, 'content.manage');
		const result = await saveNewsPostForm({
			actor: user,
			formData: await event.request.formData(),
			ip: event.getClientAddress()
		});
		if (!result.ok) return result.failure;
		redirect(303, `/verwaltung/inhalte/aktuelles/${result.id}?angelegt`);
	}
};
