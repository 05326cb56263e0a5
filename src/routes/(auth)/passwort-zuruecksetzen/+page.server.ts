import { redirect } from '@sveltejs/kit';
import { checkPasswordResetToken, resetPassword } from '$lib/server/auth/account/reset-password';
import { AUTH_ERROR_MESSAGES } from '$lib/server/auth/errors';
import { authFailure } from '$lib/server/auth/form-failure';
import { requestContextOf } from '$lib/server/auth/request-event';
import { parseFormData } from '$lib/server/forms/parse-form';
import { resetPasswordForm } from '$lib/shared/account-forms';

export async function load({ url }) {
	const state = await checkPasswordResetToken(url.searchParams.get('token') ?? '');
	return {
		problem:
			state === 'valid'
				? null
				: state === 'expired'
					? AUTH_ERROR_MESSAGES.token_expired
					: AUTH_ERROR_MESSAGES.token_invalid
	};
}

export const actions = {
	default: async (event) => {
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, resetPasswordForm);
		if (!parsed.ok) return parsed.failure;
		try {
			await resetPassword({
				token: event.url.searchParams.get('token') ?? '',
				newPassword: parsed.data.password,
				request: requestContextOf(event)
			});
		} catch (caught) {
			return authFailure(caught, formData);
		}
		redirect(303, '/anmelden?hinweis=passwort-neu');
	}
};
