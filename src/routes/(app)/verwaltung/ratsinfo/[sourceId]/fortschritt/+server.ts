import { error, json } from '@sveltejs/kit';
import { AccessDeniedError, requireApiAccess } from '$lib/server/auth/policy';
import { OparlSourceNotFoundError } from '$lib/server/oparl/admin/errors';
import { getOparlSyncProgress } from '$lib/server/oparl/admin/get-progress';

/** The live panel's poll: the source's newest run as JSON, never cached. */
export async function GET(event) {
	const actor = requireApiAccess(event, 'oparl.manage');
	try {
		const progress = await getOparlSyncProgress({ actor, sourceId: event.params.sourceId });
		return json(progress, { headers: { 'Cache-Control': 'private, no-store' } });
	} catch (caught) {
		if (caught instanceof OparlSourceNotFoundError) error(404, caught.message);
		// Board rights wait for the second factor (the service checks it).
		if (caught instanceof AccessDeniedError) error(403, 'Keine Berechtigung');
		throw caught;
	}
}
