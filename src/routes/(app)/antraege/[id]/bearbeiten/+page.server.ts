import { error, redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { getMotion } from '$lib/server/motions/get-motion';
import { motionFormFailure, parseMotionForm } from '$lib/server/motions/motion-form-action';
import { motionFormOptions } from '$lib/server/motions/motion-form-options';
import { updateMotion } from '$lib/server/motions/update-motion';
import { loadMotionViewer } from '$lib/server/motions/visibility';
import { editMotionForm } from '$lib/shared/motion-forms';

export async function load(event) {
	const actor = requireAccess(event, 'network.contribute');
	const motion = await getMotion(actor, event.params.id);
	if (!motion) error(404, 'Diesen Antrag gibt es nicht.');
	if (!motion.canEdit) error(403, 'Diesen Antrag dürfen Sie nicht bearbeiten.');
	const authorIds = (motion.authors ?? []).map((author) => author.userId);
	const topicIds = motion.topics.map((topic) => topic.id);
	const viewer = await loadMotionViewer(actor);
	const text = (value: string | number | null) => (value === null ? '' : String(value));
	return {
		motion: { id: motion.id, title: motion.title, reusedFromId: motion.reusedFromId },
		justReused: event.url.searchParams.has('uebernommen'),
		values: {
			type: motion.type,
			title: motion.title,
			text: motion.text,
			justification: motion.justification,
			councilId: motion.council?.id ?? '',
			factionId: motion.faction?.id ?? '',
			status: motion.status,
			filedOn: text(motion.filedOn),
			decidedOn: text(motion.decidedOn),
			votesYes: text(motion.votesYes),
			votesNo: text(motion.votesNo),
			votesAbstain: text(motion.votesAbstain),
			answer: text(motion.answer),
			answeredOn: text(motion.answeredOn),
			visibility: motion.visibility
		},
		topicIds,
		authorIds,
		options: await motionFormOptions(viewer, {
			topicIds,
			factionId: motion.faction?.id ?? null,
			authorIds
		})
	};
}

export const actions = {
	default: async (event) => {
		const actor = requireAccess(event, 'network.contribute');
		const formData = await event.request.formData();
		const parsed = parseMotionForm(formData, editMotionForm);
		if (!parsed.ok) return parsed.failure;
		try {
			await updateMotion(actor, event.params.id, parsed.data, { ip: event.getClientAddress() });
		} catch (caught) {
			return motionFormFailure(caught, formData);
		}
		redirect(303, `/antraege/${event.params.id}`);
	}
};
