import { requireAccess } from '$lib/server/auth/policy';
import { scoped } from '$lib/server/auth/form-failure';
import { discussionFailure, orNotFound } from '$lib/server/discussions/form-failure';
import { getGroup } from '$lib/server/discussions/get-group';
import { setGroupArchived, updateGroup } from '$lib/server/discussions/update-group';
import { listTopics } from '$lib/server/directory/list-topics';
import { parseFormData } from '$lib/server/forms/parse-form';
import { groupForm } from '$lib/shared/discussions';

export async function load(event) {
	const actor = requireAccess(event, 'discussions.manage');
	const group = await orNotFound(getGroup({ actor, slug: event.params.slug }));
	const topics = await listTopics({ includeArchived: true });
	return {
		group,
		// Archived topics only where the group still points at one.
		topics: topics
			.filter((topic) => !topic.archived || topic.id === group.topicId)
			.map(({ id, name }) => ({ id, name }))
	};
}

export const actions = {
	save: async (event) => {
		const actor = requireAccess(event, 'discussions.manage');
		const group = await orNotFound(getGroup({ actor, slug: event.params.slug }));
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, groupForm);
		if (!parsed.ok) return scoped('save', parsed.failure);
		try {
			await updateGroup({
				actor,
				groupId: group.id,
				input: parsed.data,
				ip: event.getClientAddress()
			});
		} catch (caught) {
			return scoped('save', discussionFailure(caught, formData));
		}
		return { scope: 'save', success: 'Gespeichert.' };
	},
	archive: async (event) => {
		const actor = requireAccess(event, 'discussions.manage');
		const group = await orNotFound(getGroup({ actor, slug: event.params.slug }));
		await setGroupArchived({
			actor,
			groupId: group.id,
			archived: !group.archived,
			ip: event.getClientAddress()
		});
		return {
			scope: 'archive',
			success: group.archived
				? 'Der Arbeitskreis ist wieder geöffnet.'
				: 'Der Arbeitskreis ist archiviert.'
		};
	}
};
