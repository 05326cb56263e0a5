import { error, fail, redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { ContentNotFoundError } from '$lib/server/content/errors';
import { previewPageForm, savePageForm } from '$lib/server/content/pages/page-form';
import {
	deleteCustomPage,
	getCustomPageForEditing,
	setCustomPagePublished
} from '$lib/server/content/pages/site-page-service';
import type { RequestEvent } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function pageIdOf(params: { id: string }): string {
	if (!UUID.test(params.id)) error(404, 'Diese Seite gibt es nicht.');
	return params.id;
}

async function mapNotFound<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (caught) {
		if (caught instanceof ContentNotFoundError) error(404, caught.message);
		throw caught;
	}
}

export async function load(event) {
	const user = requireAccess(event, 'content.manage');
	const page = await getCustomPageForEditing(user, pageIdOf(event.params));
	if (!page) error(404, 'Diese Seite gibt es nicht.');
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
	await mapNotFound(() =>
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
		const result = await mapNotFound(async () =>
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
		await mapNotFound(() =>
			deleteCustomPage({
				actor: user,
				pageId: pageIdOf(event.params),
				ip: event.getClientAddress()
			})
		);
		redirect(303, '/verwaltung/inhalte/seiten?geloescht');
	}
};
