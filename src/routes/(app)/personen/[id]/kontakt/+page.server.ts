import { error } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { requestContextOf } from '$lib/server/auth/request-event';
import { formError, parseFormData } from '$lib/server/forms/parse-form';
import { loadContactTarget } from '$lib/server/insights/contact/contact-target';
import {
	ContactError,
	sendContactMessage
} from '$lib/server/insights/contact/send-contact-message';
import { rateLimitMessage } from '$lib/server/security/rate-limit';
import { contactForm } from '$lib/shared/contact-form';

const NOT_FOUND = 'Diese Person gibt es nicht oder sie ist für Sie nicht sichtbar.';

export async function load(event) {
	const user = requireAccess(event, 'network.read');
	const target = await loadContactTarget({ actor: user, personId: event.params.id });
	if (!target) error(404, NOT_FOUND);
	return { target, sender: { name: user.name, email: user.email } };
}

export const actions = {
	default: async (event) => {
		const user = requireAccess(event, 'network.read');
		const formData = await event.request.formData();
		const parsed = parseFormData(formData, contactForm);
		if (!parsed.ok) return parsed.failure;
		try {
			const { recipientName } = await sendContactMessage({
				actor: user,
				personId: event.params.id,
				subject: parsed.data.subject,
				message: parsed.data.message,
				ip: requestContextOf(event).ip
			});
			return {
				success: `Ihre Nachricht an ${recipientName} ist unterwegs. Antworten kommen direkt an ${user.email}.`
			};
		} catch (caught) {
			if (!(caught instanceof ContactError)) throw caught;
			if (caught.code === 'not-found') error(404, NOT_FOUND);
			const message = {
				'rate-limited': rateLimitMessage(caught.retryAfterSeconds),
				'address-visible':
					'Sie sehen die E-Mail-Adresse dieser Person und können ihr direkt schreiben.',
				'no-address': 'Für diese Person ist keine E-Mail-Adresse hinterlegt.'
			}[caught.code];
			return formError(caught.code === 'rate-limited' ? 429 : 409, message, formData);
		}
	}
};
