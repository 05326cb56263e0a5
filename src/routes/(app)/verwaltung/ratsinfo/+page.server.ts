import { requireAccess } from '$lib/server/auth/policy';
import { listOparlSources } from '$lib/server/oparl/admin/list-sources';

export async function load(event) {
	const actor = requireAccess(event, 'oparl.manage');
	return {
		sources: await listOparlSources({ actor }),
		deleted: event.url.searchParams.has('geloescht')
	};
}
