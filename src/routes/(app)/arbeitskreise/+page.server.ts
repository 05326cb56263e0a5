import { z } from 'zod';
import { can, requireAccess } from '$lib/server/auth/policy';
import { discussionFailure } from '$lib/server/discussions/form-failure';
import { listGroups } from '$lib/server/discussions/list-groups';
import { joinGroup } from '$lib/server/discussions/membership';
import { parseFormData } from '$lib/server/forms/parse-form';

const groupIdForm = z.object({ groupId: z.uuid({ error: 'Diesen Arbeitskreis gibt es nicht.' }) });

export async function load(event) {
	const actor = requireAccess(event, 'network.read');
	const groups = await listGroups({ actor });
	return {
		groups,
		canManage: can(actor, 'discussions.manage'),
		canJoin: can(actor, 'network.contribute')
	};
}

export const actions = {
	join: async (event) => {
		const actor = requireAccess(event, 'network.contribute');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, groupIdForm);
		if (!parsed.ok) return parsed.failure;
		try {
			await joinGroup({ actor, groupId: parsed.data.groupId });
		} catch (caught) {
			return discussionFailure(caught, formData);
		}
		return { joined: parsed.data.groupId };
	}
};
