import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { scoped } from '$lib/server/auth/form-failure';
import { can, requireAccess } from '$lib/server/auth/policy';
import type { SessionUser } from '$lib/server/auth/types';
import { renderMarkdown } from '$lib/server/content/render-markdown';
import { editPost } from '$lib/server/discussions/edit-post';
import { discussionFailure, orNotFound } from '$lib/server/discussions/form-failure';
import { getGroup } from '$lib/server/discussions/get-group';
import { getThread } from '$lib/server/discussions/get-thread';
import { highlightMentions } from '$lib/server/discussions/highlight-mentions';
import { replyToThread } from '$lib/server/discussions/reply-to-thread';
import { subscribeThread, unsubscribeThread } from '$lib/server/discussions/subscriptions';
import { parseFormData } from '$lib/server/forms/parse-form';
import { postForm } from '$lib/shared/discussions';

const editForm = postForm.extend({ postId: z.uuid({ error: 'Diesen Beitrag gibt es nicht.' }) });

async function threadOf(actor: SessionUser, params: { slug: string; thread: string }) {
	const group = await orNotFound(getGroup({ actor, slug: params.slug }));
	const thread = await orNotFound(getThread({ actor, groupId: group.id, threadId: params.thread }));
	return { group, thread };
}

export async function load(event) {
	const actor = requireAccess(event, 'network.read');
	const { group, thread } = await threadOf(actor, event.params);
	const editing = event.url.searchParams.get('bearbeiten');
	const writable = !group.archived && group.myNotification !== null;
	return {
		group: {
			slug: group.slug,
			name: group.name,
			archived: group.archived,
			isMember: group.myNotification !== null
		},
		thread: {
			id: thread.id,
			title: thread.title,
			subscribed: thread.subscribed,
			posts: thread.posts.map((post) => ({
				id: post.id,
				authorName: post.authorName,
				html:
					post.body === null
						? null
						: highlightMentions(
								renderMarkdown(post.body, { topHeadingLevel: 3 }),
								post.mentionedNames
							),
				// Only the author gets their source back, to edit it.
				source: post.mine ? post.body : null,
				createdAt: post.createdAt,
				editedAt: post.editedAt,
				editable: post.mine && post.body !== null && writable
			}))
		},
		editing,
		canReply: writable && can(actor, 'network.contribute')
	};
}

export const actions = {
	reply: async (event) => {
		const actor = requireAccess(event, 'network.contribute');
		const { group, thread } = await threadOf(actor, event.params);
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, postForm);
		if (!parsed.ok) return scoped('reply', parsed.failure);
		let postId: string;
		try {
			({ postId } = await replyToThread({ actor, threadId: thread.id, body: parsed.data.body }));
		} catch (caught) {
			return scoped('reply', discussionFailure(caught, formData));
		}
		redirect(303, `/arbeitskreise/${group.slug}/${thread.id}#beitrag-${postId}`);
	},
	edit: async (event) => {
		const actor = requireAccess(event, 'network.contribute');
		const { group, thread } = await threadOf(actor, event.params);
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, editForm);
		if (!parsed.ok) return scoped('edit', parsed.failure);
		try {
			await editPost({ actor, postId: parsed.data.postId, body: parsed.data.body });
		} catch (caught) {
			return scoped('edit', discussionFailure(caught, formData));
		}
		redirect(303, `/arbeitskreise/${group.slug}/${thread.id}#beitrag-${parsed.data.postId}`);
	},
	subscribe: async (event) => {
		const actor = requireAccess(event, 'network.contribute');
		const { thread } = await threadOf(actor, event.params);
		try {
			await subscribeThread({ actor, threadId: thread.id });
		} catch (caught) {
			return scoped('subscription', discussionFailure(caught));
		}
		return { scope: 'subscription', success: 'Sie haben das Thema abonniert.' };
	},
	unsubscribe: async (event) => {
		const actor = requireAccess(event, 'network.read');
		const { thread } = await threadOf(actor, event.params);
		await unsubscribeThread({ actor, threadId: thread.id });
		return { scope: 'subscription', success: 'Sie haben das Abo beendet.' };
	}
};
