import { fail } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { directoryFailure } from '$lib/server/directory/directory-failure';
import { listTopics } from '$lib/server/directory/list-topics';
import {
	addTopic,
	moveTopic,
	renameTopic,
	setTopicArchived
} from '$lib/server/directory/manage-topics';
import { parseFormData } from '$lib/server/forms/parse-form';
import {
	topicIdForm,
	topicMoveForm,
	topicNameForm,
	topicRenameForm
} from '$lib/shared/directory-forms';

export async function load(event) {
	requireAccess(event, 'directory.manage');
	return { topics: await listTopics({ includeArchived: true }) };
}

/** Results name their form: `add`, or `t:<topic id>` for the forms of one topic. */
const topicScope = (formData: FormData) => `t:${formData.get('topicId')}`;

export const actions = {
	add: async (event) => {
		const actor = requireAccess(event, 'directory.manage');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, topicNameForm);
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, scope: 'add' });
		try {
			await addTopic({ actor, ...parsed.data, ip: event.getClientAddress() });
		} catch (caught) {
			return directoryFailure(caught, formData, 'add');
		}
		return { scope: 'add', success: `„${parsed.data.name}“ steht jetzt am Ende der Liste.` };
	},
	rename: async (event) => {
		const actor = requireAccess(event, 'directory.manage');
		const formData = await event.request.formData();
		const scope = topicScope(formData);
		const parsed = parseFormData(formData, topicRenameForm);
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, scope });
		try {
			await renameTopic({ actor, ...parsed.data, ip: event.getClientAddress() });
		} catch (caught) {
			return directoryFailure(caught, formData, scope);
		}
		return { scope, success: 'Gespeichert.' };
	},
	move: async (event) => {
		const actor = requireAccess(event, 'directory.manage');
		const formData = await event.request.formData();
		const scope = topicScope(formData);
		const parsed = parseFormData(formData, topicMoveForm);
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, scope });
		try {
			await moveTopic({ actor, ...parsed.data, ip: event.getClientAddress() });
		} catch (caught) {
			return directoryFailure(caught, formData, scope);
		}
		return { scope };
	},
	archive: async (event) => {
		const actor = requireAccess(event, 'directory.manage');
		const formData = await event.request.formData();
		const scope = topicScope(formData);
		const parsed = parseFormData(formData, topicIdForm);
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, scope });
		try {
			await setTopicArchived({
				actor,
				...parsed.data,
				archived: true,
				ip: event.getClientAddress()
			});
		} catch (caught) {
			return directoryFailure(caught, formData, scope);
		}
		return {
			scope,
			success: 'Archiviert. Personen behalten das Thema, neu wählen kann es niemand.'
		};
	},
	restore: async (event) => {
		const actor = requireAccess(event, 'directory.manage');
		const formData = await event.request.formData();
		const scope = topicScope(formData);
		const parsed = parseFormData(formData, topicIdForm);
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, scope });
		try {
			await setTopicArchived({
				actor,
				...parsed.data,
				archived: false,
				ip: event.getClientAddress()
			});
		} catch (caught) {
			return directoryFailure(caught, formData, scope);
		}
		return { scope, success: 'Wieder in der Liste.' };
	}
};
