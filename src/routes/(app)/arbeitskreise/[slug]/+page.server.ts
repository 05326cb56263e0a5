import { redirect } from '@sveltejs/kit';
import { scoped } from '$lib/server/auth/form-failure';
import { can, requireAccess } from '$lib/server/auth/policy';
import type { SessionUser } from '$lib/server/auth/types';
import { renderMarkdown } from '$lib/server/content/render-markdown';
import { discussionFailure, orNotFound } from '$lib/server/discussions/form-failure';
import { getGroup } from '$lib/server/discussions/get-group';
import { listThreads } from '$lib/server/discussions/list-threads';
import { joinGroup, leaveGroup, setNotificationSetting } from '$lib/server/discussions/membership';
import { startThread } from '$lib/server/discussions/start-thread';
import { parseFormData } from '$lib/server/forms/parse-form';
import { notificationForm, threadForm } from '$lib/shared/discussions';

function groupOf(actor: SessionUser, slug: string) {
	return orNotFound(getGroup({ actor, slug }));
}

export async function load(event) {
	const actor = requireAccess(event, 'network.read');
	const group = await groupOf(actor, event.params.slug);
	const page = Number.parseInt(event.url.searchParams.get('seite') ?? '1', 10);
	const threads = await listThreads({
		actor,
		groupId: group.id,
		page: Number.isFinite(page) ? page : 1
	});
	return {
		group: {
			...group,
			descriptionHtml: group.description ? renderMarkdown(group.description) : null
		},
		threads,
		canManage: can(actor, 'discussions.manage'),
		canContribute: can(actor, 'network.contribute'),
		notice: event.url.searchParams.get('hinweis')
	};
}

export const actions = {
	join: async (event) => {
		const actor = requireAccess(event, 'network.contribute');
		const group = await groupOf(actor, event.params.slug);
		try {
			await joinGroup({ actor, groupId: group.id });
		} catch (caught) {
			return scoped('membership', discussionFailure(caught));
		}
		return { scope: 'membership', success: 'Willkommen im Arbeitskreis!' };
	},
	leave: async (event) => {
		const actor = requireAccess(event, 'network.read');
		const group = await groupOf(actor, event.params.slug);
		await leaveGroup({ actor, groupId: group.id });
		return { scope: 'membership', success: 'Sie haben den Arbeitskreis verlassen.' };
	},
	notification: async (event) => {
		const actor = requireAccess(event, 'network.read');
		const group = await groupOf(actor, event.params.slug);
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, notificationForm);
		if (!parsed.ok) return scoped('notification', parsed.failure);
		try {
			await setNotificationSetting({ actor, groupId: group.id, setting: parsed.data.notification });
		} catch (caught) {
			return scoped('notification', discussionFailure(caught, formData));
		}
		return { scope: 'notification', success: 'Ihre Einstellung ist gespeichert.' };
	},
	thread: async (event) => {
		const actor = requireAccess(event, 'network.contribute');
		const group = await groupOf(actor, event.params.slug);
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, threadForm);
		if (!parsed.ok) return scoped('thread', parsed.failure);
		let threadId: string;
		try {
			({ threadId } = await startThread({ actor, groupId: group.id, ...parsed.data }));
		} catch (caught) {
			return scoped('thread', discussionFailure(caught, formData));
		}
		redirect(303, `/arbeitskreise/${group.slug}/${threadId}`);
	}
};
