import { redirect } from '@sveltejs/kit';
import { requireApiAccess } from '$lib/server/auth/policy';
import { oparlPreflight, oparlResponse } from '$lib/server/oparl-api/oparl-response';
import { serveOparl } from '$lib/server/oparl-api/serve-oparl';

/**
 * The network's public data as OParl 1.1 (DESIGN.md contract): `/oparl/v1/system` and every
 * object and list linked from there. Read-only and public; answers are the same for everyone.
 */
export async function GET(event) {
	requireApiAccess(event, 'public.read');
	if (event.params.path === '') redirect(308, '/oparl/v1/system');
	const answer = await serveOparl(event.params.path, event.url.searchParams);
	return oparlResponse(event.request, answer);
}

export function OPTIONS() {
	return oparlPreflight();
}
