import { requireAccess } from '$lib/server/auth/policy';
import { contactInput } from '$lib/server/content/contact/contact-input';
import {
	ContactRateLimitedError,
	sendContactForm
} from '$lib/server/content/contact/send-contact-form';
import { formError, parseForm } from '$lib/server/forms/parse-form';
import { rateLimitMessage } from '$lib/server/security/rate-limit';

export function load(event) {
	requireAccess(event, 'public.read');
	const user = event.locals.user;
	// Signed-in people need not type what we know already.
	const prefill: Record<string, string> = user ? { name: user.name, email: user.email } : {};
	return { prefill };
}

export const actions = {
	default: async (event) => {
		requireAccess(event, 'public.read');
		const parsed = await parseForm(event.request, contactInput);
		if (!parsed.ok) return parsed.failure;
		try {
			await sendContactForm({ input: parsed.data, ip: event.getClientAddress() });
		} catch (caught) {
			if (caught instanceof ContactRateLimitedError) {
				return formError(429, rateLimitMessage(caught.retryAfterSeconds), undefined, {});
			}
			throw caught;
		}
		return { sent: true };
	}
};
