import { requestPasswordReset } from '$lib/server/auth/account/request-password-reset';
import { authFailure } from '$lib/server/auth/form-failure';
import { requestContextOf } from '$lib/server/auth/request-event';
import { parseFormData } from '$lib/server/forms/parse-form';
import { forgotPasswordForm } from '$lib/shared/account-forms';

export const actions = {
	default: async (event) => {
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, forgotPasswordForm);
		if (!parsed.ok) return parsed.failure;
		try {
			await requestPasswordReset({ email: parsed.data.email, request: requestContextOf(event) });
		} catch (caught) {
			return authFailure(caught, formData);
		}
		// The same answer whether or not the address has an account.
		return { sent: true, email: parsed.data.email };
	}
};
