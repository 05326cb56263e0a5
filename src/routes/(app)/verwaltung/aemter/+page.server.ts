import { requireAccess } from '$lib/server/auth/policy';
import { listAmtsByKreis } from '$lib/server/territory/amt/list-amts-by-kreis';

export async function load(event) {
	const actor = requireAccess(event, 'directory.manage');
	return { kreise: await listAmtsByKreis({ actor }) };
}
