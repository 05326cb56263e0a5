import { error, fail, redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { contentIdOf, mapContentNotFound } from '$lib/server/content/content-route';
import { listContentImages } from '$lib/server/content/images/upload-content-image';
import { listAuthorOptions } from '$lib/server/content/news/author-options';
import { deleteNewsPost } from '$lib/server/content/news/delete-news-post';
import { getNewsPostForEditing } from '$lib/server/content/news/get-news-post';
import { saveNewsPostForm } from '$lib/server/content/news/news-form';
import { previewNewsPost } from '$lib/server/content/news/preview-news-post';
import { setNewsPublished } from '$lib/server/content/news/publish-news-post';
import type { RequestEvent } from './$types';

const NOT_FOUND = 'Diesen Beitrag gibt es nicht.';
const postIdOf = (params: { id: string }) => contentIdOf(params, NOT_FOUND);

export async function load(event) {
	const user = requireAccess(event, 'content.manage');
	const post = await getNewsPostForEditing(user, postIdOf(event.params));
	if (!post) error(404, NOT_FOUND);
	const [authorOptions, images] = await Promise.all([
		listAuthorOptions(user),
		listContentImages(user)
	]);
	return {
		post: {
			id: post.id,
			slug: post.slug,
			status: post.status,
			publishedAt: post.publishedAt,
			updatedAt: post.updatedAt
		},
		values: {
			title: post.title,
			slug: post.slug,
			teaser: post.teaser,
			body: post.body,
			tags: post.tags.join(', '),
			byline: post.byline ?? '',
			coverImage: post.coverImageSha256 ?? '',
			coverImageAlt: post.coverImageAlt ?? ''
		},
		authorIds: post.authorIds,
		authorOptions,
		images,
		created: event.url.searchParams.has('angelegt')
	};
}

const publish = (published: boolean) => async (event: RequestEvent) => {
	const user = requireAccess(event, 'content.manage');
	await mapContentNotFound(() =>
		setNewsPublished({
			actor: user,
			postId: postIdOf(event.params),
			published,
			ip: event.getClientAddress()
		})
	);
	return published ? { published: true } : { unpublished: true };
};

export const actions = {
	preview: async (event) => {
		requireAccess(event, 'content.manage');
		postIdOf(event.params);
		return previewNewsPost(await event.request.formData());
	},
	save: async (event) => {
		const user = requireAccess(event, 'content.manage');
		const result = await mapContentNotFound(async () =>
			saveNewsPostForm({
				actor: user,
				formData: await event.request.formData(),
				postId: postIdOf(event.params),
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
				deleteError: 'Bitte bestätigen Sie, dass der Beitrag gelöscht werden soll.'
			});
		}
		await mapContentNotFound(() =>
			deleteNewsPost({ actor: user, postId: postIdOf(event.params), ip: event.getClientAddress() })
		);
		redirect(303, '/verwaltung/inhalte?geloescht');
	}
};
