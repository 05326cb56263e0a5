import { redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { domainFailure, notFoundAsPage } from '$lib/server/forms/domain-failure';
import { deleteOparlSource } from '$lib/server/oparl/admin/delete-source';
import { OparlAdminError, OparlSourceNotFoundError } from '$lib/server/oparl/admin/errors';
import { getOparlSource } from '$lib/server/oparl/admin/get-source';

const orNotFound = notFoundAsPage(OparlSourceNotFoundError);
const failure = domainFailure(OparlAdminError, OparlSourceNotFoundError);

/**
 * The confirmation step of deleting a source. With JavaScript the source page asks in a dialog
 * and posts here directly; without it, its button leads to this page, which asks the same.
 */
export async function load(event) {
	const actor = requireAccess(event, 'oparl.manage');
	const { source, bodies } = await orNotFound(
		getOparlSource({ actor, sourceId: event.params.sourceId })
	);
	return {
		source: { id: source.id, name: source.name, systemUrl: source.systemUrl },
		papers: bodies.reduce((sum, body) => sum + body.papers, 0),
		meetings: bodies.reduce((sum, body) => sum + body.meetings, 0)
	};
}

export const actions = {
	default: async (event) => {
		const actor = requireAccess(event, 'oparl.manage');
		try {
			await deleteOparlSource({
				actor,
				sourceId: event.params.sourceId,
				ip: event.getClientAddress()
			});
		} catch (caught) {
			return failure(caught);
		}
		redirect(303, '/verwaltung/ratsinfo?geloescht=1');
	}
};
