import { redirect } from '@sveltejs/kit';
import { applySetCookies } from '$lib/server/auth/cookies';
import { authFailure } from '$lib/server/auth/form-failure';
import { requestContextOf } from '$lib/server/auth/request-event';
import { signIn } from '$lib/server/auth/sign-in';
import { parseFormData } from '$lib/server/forms/parse-form';
import { safeReturnPath, signInForm } from '$lib/shared/account-forms';
import { SIGN_IN_NOTICES } from './notices';

export function load({ locals, url }) {
	const weiter = safeReturnPath(url.searchParams.get('weiter'));
	if (locals.user) redirect(303, weiter);
	return { notice: SIGN_IN_NOTICES[url.searchParams.get('hinweis') ?? ''] ?? null };
}

export const actions = {
	default: async (event) => {
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, signInForm);
		if (!parsed.ok) return parsed.failure;
		const weiter = safeReturnPath(event.url.searchParams.get('weiter'));
		let result;
		try {
			result = await signIn({ ...parsed.data, request: requestContextOf(event) });
		} catch (caught) {
			return authFailure(caught, formData);
		}
		applySetCookies(event.cookies, result.setCookies);
		if (result.status === 'two-factor') {
			redirect(303, `/anmelden/zwei-faktor?weiter=${encodeURIComponent(weiter)}`);
		}
		redirect(303, weiter);
	}
};
