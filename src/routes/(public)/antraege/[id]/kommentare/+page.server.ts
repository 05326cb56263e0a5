import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { scoped } from '$lib/server/auth/form-failure';
import { requireAccess } from '$lib/server/auth/policy';
import { parseFormData } from '$lib/server/forms/parse-form';
import { addMotionComment } from '$lib/server/motions/comments/add-comment';
import { loadMotionCommentsSection } from '$lib/server/motions/comments/comments-section';
import { deleteMotionComment } from '$lib/server/motions/comments/delete-comment';
import { editMotionComment } from '$lib/server/motions/comments/edit-comment';
import { MotionCommentNotFoundError } from '$lib/server/motions/comments/errors';
import { motionCommentFailure } from '$lib/server/motions/comments/form-failure';
import { assertReadableMotion } from '$lib/server/motions/comments/readable-motion';
import { motionCommentForm } from '$lib/shared/motion-comments';

/**
 * The comments of one motion on a page of their own: where the motion page's comment forms post
 * to (and come back from), where comments are edited, and where a refused form shows its
 * messages when JavaScript is off.
 */
const commentId = z.uuid({ error: 'Diesen Kommentar gibt es nicht.' });
const editForm = motionCommentForm.extend({ commentId });
const deleteForm = z.object({ commentId });

async function readable<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (caught) {
		if (caught instanceof MotionCommentNotFoundError) error(404, caught.message);
		throw caught;
	}
}

export async function load(event) {
	const user = requireAccess(event, 'network.read');
	const motionId = event.params.id;
	const { title } = await readable(() => assertReadableMotion(user, motionId));
	return {
		motion: { id: motionId, title },
		comments: await readable(() => loadMotionCommentsSection(user, motionId)),
		editing: event.url.searchParams.get('bearbeiten')
	};
}

const back = (motionId: string, commentId?: string) =>
	`/antraege/${motionId}${commentId ? `#kommentar-${commentId}` : '#kommentare'}`;

export const actions = {
	add: async (event) => {
		const actor = requireAccess(event, 'network.contribute');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, motionCommentForm);
		if (!parsed.ok) return scoped('comment-add', parsed.failure);
		let id: string;
		try {
			({ id } = await addMotionComment({ actor, motionId: event.params.id, input: parsed.data }));
		} catch (caught) {
			return scoped('comment-add', motionCommentFailure(caught, formData));
		}
		redirect(303, back(event.params.id, id));
	},
	edit: async (event) => {
		const actor = requireAccess(event, 'network.contribute');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, editForm);
		if (!parsed.ok) return scoped('comment-edit', parsed.failure);
		const { commentId: id, ...input } = parsed.data;
		try {
			await editMotionComment({ actor, motionId: event.params.id, commentId: id, input });
		} catch (caught) {
			return scoped('comment-edit', motionCommentFailure(caught, formData));
		}
		redirect(303, back(event.params.id, id));
	},
	delete: async (event) => {
		const actor = requireAccess(event, 'network.contribute');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, deleteForm);
		if (!parsed.ok) return scoped('comment-delete', parsed.failure);
		try {
			await deleteMotionComment({
				actor,
				motionId: event.params.id,
				commentId: parsed.data.commentId
			});
		} catch (caught) {
			return scoped('comment-delete', motionCommentFailure(caught, formData));
		}
		redirect(303, back(event.params.id));
	}
};
