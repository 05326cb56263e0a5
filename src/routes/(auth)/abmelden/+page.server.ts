import { redirect } from '@sveltejs/kit';
import { applySetCookies } from '$lib/server/auth/cookies';
import { requestContextOf } from '$lib/server/auth/request-event';
import { signOut } from '$lib/server/auth/sign-out';

export function load({ locals }) {
	return { signedIn: Boolean(locals.user) };
}

export const actions = {
	// Anyone may sign out, with or without a valid session: there is nothing to guard.
	default: async (event) => {
		const { setCookies } = await signOut({ request: requestContextOf(event) });
		applySetCookies(event.cookies, setCookies);
		redirect(303, '/anmelden?hinweis=abgemeldet');
	}
};
