import { redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { createEvent } from '$lib/server/events/create-event';
import { NEW_EVENT_VALUES } from '$lib/server/events/event-form-values';
import { parseForm } from '$lib/server/forms/parse-form';
import { eventFields } from '$lib/shared/event-forms';

export function load(event) {
	requireAccess(event, 'events.manage');
	return { values: NEW_EVENT_VALUES };
}

export const actions = {
	default: async (event) => {
		const actor = requireAccess(event, 'events.manage');
		const parsed = await parseForm(event.request, eventFields);
		if (!parsed.ok) return parsed.failure;
		// The service checks the same schema again on the raw values (it takes form input).
		const { id } = await createEvent({
			actor,
			input: parsed.values as never,
			ip: event.getClientAddress()
		});
		redirect(303, `/verwaltung/veranstaltungen/${id}?angelegt=1`);
	}
};
