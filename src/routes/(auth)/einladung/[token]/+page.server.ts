import { redirect } from '@sveltejs/kit';
import { AUTH_ERROR_MESSAGES } from '$lib/server/auth/errors';
import { applySetCookies } from '$lib/server/auth/cookies';
import { authFailure } from '$lib/server/auth/form-failure';
import { acceptInvitation } from '$lib/server/auth/invitations/accept-invitation';
import { findInvitationByToken } from '$lib/server/auth/invitations/find-invitation';
import { requestContextOf } from '$lib/server/auth/request-event';
import { parseFormData } from '$lib/server/forms/parse-form';
import { acceptInvitationForm } from '$lib/shared/account-forms';
import { ROLE_LABELS } from '$lib/shared/roles';

const PROBLEMS = {
	invalid: AUTH_ERROR_MESSAGES.token_invalid,
	expired: AUTH_ERROR_MESSAGES.invitation_expired,
	accepted: AUTH_ERROR_MESSAGES.invitation_used,
	revoked: AUTH_ERROR_MESSAGES.invitation_revoked
};

export async function load({ params, locals }) {
	const found = await findInvitationByToken(params.token);
	if (found.status !== 'open') {
		return { problem: PROBLEMS[found.status], invitation: null, signedInAs: null };
	}
	return {
		problem: null,
		invitation: { email: found.email, roleLabel: ROLE_LABELS[found.role] },
		signedInAs: locals.user?.email ?? null
	};
}

export const actions = {
	default: async (event) => {
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, acceptInvitationForm);
		if (!parsed.ok) return parsed.failure;
		let result;
		try {
			result = await acceptInvitation({
				token: event.params.token,
				name: parsed.data.name,
				password: parsed.data.password,
				request: requestContextOf(event)
			});
		} catch (caught) {
			return authFailure(caught, formData);
		}
		applySetCookies(event.cookies, result.setCookies);
		redirect(303, '/konto?hinweis=willkommen');
	}
};
