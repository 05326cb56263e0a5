import { error } from '@sveltejs/kit';
import { can, requireAccess } from '$lib/server/auth/policy';
import { getOrganization } from '$lib/server/directory/get-organization';

export async function load(event) {
	requireAccess(event, 'public.read');
	const page = await getOrganization({ actor: event.locals.user, id: event.params.id });
	if (!page) error(404, 'Dieses Gremium gibt es nicht.');
	// The board corrects a council's name and kind (e.g. a Stadt's Bürgerschaft) from here.
	const canEdit =
		page.organization.type === 'council' && can(event.locals.user, 'directory.manage');
	return { ...page, canEdit };
}
