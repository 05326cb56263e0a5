import { requireAccess } from '$lib/server/auth/policy';

export function load(event) {
	requireAccess(event, 'public.read');
	// Only wording depends on it: whether a public record of elected mandates stayed.
	return { keptPublicRecord: event.url.searchParams.get('mandat') === '1' };
}
