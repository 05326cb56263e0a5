import { error } from '@sveltejs/kit';
import { renderMarkdown } from '$lib/server/content/render-markdown';
import { parseForm } from '$lib/server/forms/parse-form';
import { requireAccess } from '$lib/server/auth/policy';
import { getSitePage } from '$lib/server/instance/get-site-page';
import { isSitePageSlug, type SitePageSlug } from '$lib/server/instance/site-pages';
import { sitePageInput, updateSitePage } from '$lib/server/instance/update-site-page';

function slugOf(params: { slug: string }): SitePageSlug {
	if (!isSitePageSlug(params.slug)) error(404, 'Diese Seite gibt es nicht.');
	return params.slug;
}

export async function load(event) {
	requireAccess(event, 'admin.settings');
	const page = await getSitePage(slugOf(event.params));
	return {
		page: {
			slug: page.slug,
			title: page.title,
			markdown: page.markdown,
			isDefault: page.isDefault,
			updatedAt: page.updatedAt,
			updatedByName: page.updatedBy?.name ?? null
		}
	};
}

export const actions = {
	/** Shows the rendered text without saving it; works without JavaScript. */
	preview: async (event) => {
		requireAccess(event, 'admin.settings');
		slugOf(event.params);
		const parsed = await parseForm(event.request, sitePageInput);
		if (!parsed.ok) return parsed.failure;
		return { preview: renderMarkdown(parsed.data.markdown), values: parsed.values };
	},
	save: async (event) => {
		const user = requireAccess(event, 'admin.settings');
		const slug = slugOf(event.params);
		const parsed = await parseForm(event.request, sitePageInput);
		if (!parsed.ok) return parsed.failure;
		await updateSitePage({
			actor: user,
			slug,
			markdown: parsed.data.markdown,
			ip: event.getClientAddress()
		});
		return { saved: true };
	}
};
