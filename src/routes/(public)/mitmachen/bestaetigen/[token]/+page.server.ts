import { requireAccess } from '$lib/server/auth/policy';
import { confirmationState, confirmJoinRequest } from '$lib/server/join/confirm-join-request';

export async function load(event) {
	requireAccess(event, 'public.read');
	// The link is a key: never cached, never passed on as a referrer.
	event.setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': 'no-referrer' });
	return { state: await confirmationState(event.params.token) };
}

export const actions = {
	default: async (event) => {
		requireAccess(event, 'public.read');
		const state = await confirmJoinRequest({
			token: event.params.token,
			ip: event.getClientAddress()
		});
		return { state };
	}
};
