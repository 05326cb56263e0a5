import { error, redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { eventFailure } from '$lib/server/events/event-failure';
import { eventFormValues } from '$lib/server/events/event-form-values';
import { getEventForEdit } from '$lib/server/events/get-event-for-edit';
import { updateEvent } from '$lib/server/events/update-event';
import { parseForm } from '$lib/server/forms/parse-form';
import { eventFields } from '$lib/shared/event-forms';

export async function load(event) {
	const actor = requireAccess(event, 'events.manage');
	const row = await getEventForEdit(actor, event.params.id);
	if (!row) error(404, 'Diese Veranstaltung gibt es nicht.');
	return {
		event: { id: row.id, title: row.title, cancelled: row.status === 'cancelled' },
		values: eventFormValues(row)
	};
}

export const actions = {
	default: async (event) => {
		const actor = requireAccess(event, 'events.manage');
		const parsed = await parseForm(event.request, eventFields);
		if (!parsed.ok) return parsed.failure;
		let promoted: string[];
		try {
			({ promotedUserIds: promoted } = await updateEvent({
				actor,
				eventId: event.params.id,
				input: parsed.values as never,
				ip: event.getClientAddress()
			}));
		} catch (caught) {
			return eventFailure(caught);
		}
		redirect(
			303,
			`/verwaltung/veranstaltungen/${event.params.id}?gespeichert=1${promoted.length > 0 ? `&nachgerueckt=${promoted.length}` : ''}`
		);
	}
};
