import { redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { createMotion } from '$lib/server/motions/create-motion';
import { motionFormFailure, parseMotionForm } from '$lib/server/motions/motion-form-action';
import { motionFormOptions } from '$lib/server/motions/motion-form-options';
import { loadMotionViewer } from '$lib/server/motions/visibility';
import { motionForm } from '$lib/shared/motion-forms';

export async function load(event) {
	const actor = requireAccess(event, 'network.contribute');
	const viewer = await loadMotionViewer(actor);
	const factionIds = [...viewer.factionIds];
	return {
		options: await motionFormOptions(viewer),
		// A draft of one's own faction is the usual start.
		defaults: {
			type: 'motion',
			status: 'draft',
			visibility: 'faction',
			factionId: factionIds.length === 1 ? factionIds[0]! : ''
		}
	};
}

export const actions = {
	default: async (event) => {
		const actor = requireAccess(event, 'network.contribute');
		const formData = await event.request.formData();
		const parsed = parseMotionForm(formData, motionForm);
		if (!parsed.ok) return parsed.failure;
		let url: string;
		try {
			({ url } = await createMotion(actor, parsed.data, { ip: event.getClientAddress() }));
		} catch (caught) {
			return motionFormFailure(caught, formData);
		}
		redirect(303, url);
	}
};
