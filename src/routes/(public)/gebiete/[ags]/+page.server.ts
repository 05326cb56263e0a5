import { error } from '@sveltejs/kit';
import { can, requireAccess } from '$lib/server/auth/policy';
import { getArea } from '$lib/server/directory/get-area';

export async function load(event) {
	requireAccess(event, 'public.read');
	const area = await getArea({ actor: event.locals.user, ags: event.params.ags });
	if (!area) error(404, 'Dieses Gebiet gibt es nicht.');
	return { area, canCreateAmt: can(event.locals.user, 'directory.manage') };
}
