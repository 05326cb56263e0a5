import { redirect } from '@sveltejs/kit';
import { applySetCookies } from '$lib/server/auth/cookies';
import { authFailure } from '$lib/server/auth/form-failure';
import { requestContextOf } from '$lib/server/auth/request-event';
import { hasPendingSecondFactor, verifySignInCode } from '$lib/server/auth/verify-sign-in-code';
import { parseFormData } from '$lib/server/forms/parse-form';
import { safeReturnPath, twoFactorCodeForm } from '$lib/shared/account-forms';

export function load({ locals, url, request }) {
	const weiter = safeReturnPath(url.searchParams.get('weiter'));
	if (locals.user) redirect(303, weiter);
	if (!hasPendingSecondFactor(request.headers.get('cookie'))) {
		redirect(303, `/anmelden?hinweis=erneut-anmelden&weiter=${encodeURIComponent(weiter)}`);
	}
	return { weiter };
}

export const actions = {
	default: async (event) => {
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, twoFactorCodeForm);
		if (!parsed.ok) return parsed.failure;
		let result;
		try {
			result = await verifySignInCode({ code: parsed.data.code, request: requestContextOf(event) });
		} catch (caught) {
			return authFailure(caught, formData);
		}
		applySetCookies(event.cookies, result.setCookies);
		redirect(303, safeReturnPath(event.url.searchParams.get('weiter')));
	}
};
