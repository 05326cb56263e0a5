import { error } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { getOrganization } from '$lib/server/directory/get-organization';

export async function load(event) {
	requireAccess(event, 'public.read');
	const page = await getOrganization({ actor: event.locals.user, id: event.params.id });
	if (!page) error(404, 'Dieses Gremium gibt es nicht.');
	return page;
}
