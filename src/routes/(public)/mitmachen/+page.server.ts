import { fail } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { formError, parseFormData } from '$lib/server/forms/parse-form';
import { listTopics } from '$lib/server/directory/list-topics';
import { listDistricts } from '$lib/server/insights/district-of';
import { instanceConfig } from '$lib/server/instance/instance-config';
import { JoinError } from '$lib/server/join/errors';
import { createFormStamp } from '$lib/server/join/join-tokens';
import { submitJoinRequest } from '$lib/server/join/submit-join-request';
import { rateLimitMessage } from '$lib/server/security/rate-limit';
import { JOIN_FORM_STAMP_FIELD, JOIN_HONEYPOT_FIELD, joinForm } from '$lib/shared/join';

export async function load(event) {
	requireAccess(event, 'public.read');
	// Every rendering gets a fresh stamp: the minimum fill time counts from when the form was shown.
	event.setHeaders({ 'cache-control': 'private, no-store' });
	const [districts, topics] = await Promise.all([listDistricts(), listTopics()]);
	return {
		districts: districts.map((district) => ({ value: district.ags, label: district.name })),
		topics: topics.map((topic) => ({ id: topic.id, name: topic.name })),
		formStamp: await createFormStamp(),
		networkName: instanceConfig().networkName
	};
}

export const actions = {
	default: async (event) => {
		requireAccess(event, 'public.read');
		const formData = await event.request.formData();
		// Ticked boxes come back as a list; formValues keeps one string per field.
		const keep = { checkedTopics: formData.getAll('topics').map(String) };
		const parsed = parseFormData(formData, joinForm);
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, ...keep });
		try {
			await submitJoinRequest({
				input: parsed.data,
				honeypot: String(formData.get(JOIN_HONEYPOT_FIELD) ?? ''),
				formStamp: String(formData.get(JOIN_FORM_STAMP_FIELD) ?? ''),
				ip: event.getClientAddress()
			});
		} catch (caught) {
			if (!(caught instanceof JoinError)) throw caught;
			const limited = caught.retryAfterSeconds > 0;
			const failure = formError(
				limited ? 429 : 400,
				limited ? rateLimitMessage(caught.retryAfterSeconds) : caught.field ? '' : caught.message,
				formData,
				caught.field ? { [caught.field]: [caught.message] } : {}
			);
			return fail(failure.status, { ...failure.data, ...keep });
		}
		// The same answer whatever happened with the address (see submitJoinRequest).
		return { success: true, email: parsed.data.email };
	}
};
