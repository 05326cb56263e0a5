import { error, fail, redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { contentIdOf, mapContentNotFound } from '$lib/server/content/content-route';
import { previewPageForm, savePageForm } from '$lib/server/content/pages/page-form';
import {
	deleteCustomPage,
	getCustomPageForEditing,
	setCustomPagePublished
} from '$lib/server/content/pages/site-page-service';
import type { RequestEvent } from './$types';

const NOT_FOUND = 'Diese Seite gibt es nicht.';
const pageIdOf = (params: { id: string }) => contentIdOf(params, NOT_FOUND);

export async function load(event) {
	const user = requireAccess(event, 'content.manage');
	const page = await getCustomPageForEditing(user, pageIdOf(event.params));
	if (!page) error(404, NOT_FOUND);
	return {
		page: { id: page.id, slug: page.slug, status: page.status, updatedAt: page.updatedAt },
		values: {
			title: page.title,
			slug: page.slug,
			description: page.description,
			body: page.body
		},
		created: event.url.searchParams.has('angelegt')
	};
}

const publish = (published: boolean) => async (event: RequestEvent) => {
	const user = requireAccess(event, 'content.manage');
	await mapContentNotFound(() =>
		setCustomPagePublished({
			actor: user,
			pageId: pageIdOf(event.params),
			published,
			ip: event.getClientAddress()
		})
	);
	return published ? { published: true } : { unpublished: true };
};

export const actions = {
	preview: async (event) => {
		requireAccess(event, 'content.manage');
		pageIdOf(event.params);
		return previewPageForm(await event.request.formData());
	},
	save: async (event) => {
		const user = requireAccess(event, 'content.manage');
		const result = await mapContentNotFound(async () =>
			savePageForm({
				actor: user,
				formData: await event.request.formData(),
				pageId: pageIdOf(event.params),
				ip: event.getClientAddress()
			})
		);
		if (!result.ok) return result.failure;
		return { saved: true };
	},
	publish: publish(true),
	unpublish: publish(false),
	delete: async (event) => {
		const user = requireAccess(event, 'content.manage');
		const formData = await event.request.formData();
		if (formData.get('confirm') !== 'on') {
			return fail(400, {
				deleteError: 'Bitte bestätigen Sie, dass die Seite gelöscht werden soll.'
			});
		}
		await mapContentNotFound(() =>
			deleteCustomPage({
				actor: user,
				pageId: pageIdOf(event.params),
				ip: event.getClientAddress()
			})
		);
		redirect(303, '/verwaltung/inhalte/seiten?geloescht');
	}
};
