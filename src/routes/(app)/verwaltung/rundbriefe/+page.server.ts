import { requireAccess } from '$lib/server/auth/policy';
import { listNewsletters } from '$lib/server/newsletter/manage-newsletter';

export async function load(event) {
	const actor = requireAccess(event, 'newsletter.send');
	const all = await listNewsletters({ actor });
	return {
		drafts: all.filter((entry) => entry.status !== 'sent'),
		archive: all.filter((entry) => entry.status === 'sent')
	};
}
