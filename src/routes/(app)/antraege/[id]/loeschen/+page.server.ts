import { error, redirect } from '@sveltejs/kit';
import { needsTwoFactorSetup, requireAccess } from '$lib/server/auth/policy';
import { formError } from '$lib/server/forms/parse-form';
import { deleteMotion } from '$lib/server/motions/delete-motion';
import { motionDeletionPreview } from '$lib/server/motions/deletion-preview';
import { MotionError } from '$lib/server/motions/motion-error';

const NOT_FOUND = 'Diesen Antrag gibt es nicht.';

/**
 * The confirmation step of deleting a motion. With JavaScript the motion page asks in a dialog
 * and posts here directly; without it, its button leads to this page, which asks the same.
 */
export async function load(event) {
	const actor = requireAccess(event, 'network.contribute');
	const preview = await motionDeletionPreview(actor, event.params.id);
	if (!preview) error(404, NOT_FOUND);
	// The board deletes filed motions as moderators, a right that waits for the second factor.
	if (!preview.canDelete && needsTwoFactorSetup(actor))
		redirect(303, '/konto/sicherheit?pflicht=2fa');
	if (!preview.canDelete)
		error(
			403,
			'Diesen Antrag dürfen Sie nicht löschen: Entwürfe löschen ihre Autor*innen und die Fraktion, eingereichte Anträge nur der Sprecher*innenrat.'
		);
	return { preview };
}

export const actions = {
	default: async (event) => {
		const actor = requireAccess(event, 'network.contribute');
		try {
			await deleteMotion(actor, event.params.id, { ip: event.getClientAddress() });
		} catch (caught) {
			if (caught instanceof MotionError && caught.code === 'motion_not_found')
				error(404, NOT_FOUND);
			if (caught instanceof MotionError) return formError(403, caught.message);
			throw caught;
		}
		redirect(303, '/antraege?geloescht=1');
	}
};
