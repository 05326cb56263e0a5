import { error } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { formError } from '$lib/server/forms/parse-form';
import { getMail } from '$lib/server/mail/get-mail';
import { resendMail } from '$lib/server/mail/resend-mail';

export async function load(event) {
	const user = requireAccess(event, 'admin.outbox');
	const mail = await getMail({ actor: user, id: event.params.id });
	if (!mail) error(404, 'Diese E-Mail gibt es nicht.');
	return { mail };
}

export const actions = {
	resend: async (event) => {
		const user = requireAccess(event, 'admin.outbox');
		const result = await resendMail({
			actor: user,
			id: event.params.id,
			ip: event.getClientAddress()
		});
		if (!result.ok) {
			if (result.reason === 'not_found') error(404, 'Diese E-Mail gibt es nicht.');
			return formError(409, 'Diese E-Mail kann nicht erneut gesendet werden.');
		}
		return { resent: true };
	}
};
