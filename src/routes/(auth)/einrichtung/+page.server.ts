import { error, redirect } from '@sveltejs/kit';
import { completeSetup } from '$lib/server/auth/complete-setup';
import { applySetCookies } from '$lib/server/auth/cookies';
import { authFailure } from '$lib/server/auth/form-failure';
import { requestContextOf } from '$lib/server/auth/request-event';
import { isValidSetupToken, setupRequired } from '$lib/server/auth/setup-token';
import { parseFormData } from '$lib/server/forms/parse-form';
import { setupForm } from '$lib/shared/account-forms';

const SETUP_DONE = 'Die Einrichtung ist bereits abgeschlossen. Bitte melden Sie sich an.';

export async function load({ url }) {
	if (!(await setupRequired())) error(404, SETUP_DONE);
	return { tokenValid: await isValidSetupToken(url.searchParams.get('token') ?? '') };
}

export const actions = {
	default: async (event) => {
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, setupForm);
		if (!parsed.ok) return parsed.failure;
		let result;
		try {
			result = await completeSetup({
				token: event.url.searchParams.get('token') ?? '',
				name: parsed.data.name,
				email: parsed.data.email,
				password: parsed.data.password,
				request: requestContextOf(event)
			});
		} catch (caught) {
			return authFailure(caught, formData);
		}
		applySetCookies(event.cookies, result.setCookies);
		// The board must secure its account with a second factor before administering anything.
		redirect(303, '/konto/sicherheit?pflicht=2fa');
	}
};
