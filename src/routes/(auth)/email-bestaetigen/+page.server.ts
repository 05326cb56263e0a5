import { confirmEmail } from '$lib/server/auth/account/confirm-email';
import { authFailure } from '$lib/server/auth/form-failure';

export function load({ url }) {
	return { hasToken: Boolean(url.searchParams.get('token')) };
}

export const actions = {
	// A button rather than the link itself: mail scanners that open links must not confirm anything.
	default: async (event) => {
		try {
			const result = await confirmEmail({
				token: event.url.searchParams.get('token') ?? '',
				ip: event.getClientAddress()
			});
			return { confirmed: result.kind, email: result.email };
		} catch (caught) {
			return authFailure(caught);
		}
	}
};
