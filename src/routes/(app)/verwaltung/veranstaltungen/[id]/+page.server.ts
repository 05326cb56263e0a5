import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { requireAccess } from '$lib/server/auth/policy';
import { cancelEvent } from '$lib/server/events/cancel-event';
import { cancelRegistration } from '$lib/server/events/cancel-registration';
import { EventError } from '$lib/server/events/errors';
import { eventFailure } from '$lib/server/events/event-failure';
import { listAttendees } from '$lib/server/events/list-attendees';
import { formAction } from '$lib/server/forms/form-action';

export async function load(event) {
	const actor = requireAccess(event, 'events.manage');
	try {
		const { event: row, attendees } = await listAttendees({ actor, eventId: event.params.id });
		const query = event.url.searchParams;
		return {
			event: {
				id: row.id,
				title: row.title,
				startsAt: row.startsAt,
				endsAt: row.endsAt,
				capacity: row.capacity,
				status: row.status,
				visibility: row.visibility,
				remindersSentAt: row.remindersSentAt
			},
			attendees,
			notice: query.has('angelegt')
				? 'Die Veranstaltung ist angelegt.'
				: query.has('gespeichert')
					? `Gespeichert.${query.get('nachgerueckt') ? ` ${query.get('nachgerueckt')} Person(en) von der Warteliste sind nachgerückt und haben eine Mail bekommen.` : ''}`
					: null
		};
	} catch (caught) {
		if (caught instanceof EventError) error(404, caught.message);
		throw caught;
	}
}

export const actions = {
	cancelEvent: formAction({
		permission: 'events.manage',
		schema: z.object({
			confirm: z.literal('ja', { error: 'Bitte bestätigen, dass die Veranstaltung ausfällt.' })
		}),
		scope: 'cancelEvent',
		failure: eventFailure,
		run: ({ actor, event, ip }) => cancelEvent({ actor, eventId: event.params.id ?? '', ip }),
		success: (result) =>
			`Die Veranstaltung ist abgesagt. ${result.notified} Person(en) haben eine Mail bekommen.`
	}),
	removeRegistration: formAction({
		permission: 'events.manage',
		schema: z.object({ userId: z.string().min(1) }),
		scope: 'attendees',
		failure: eventFailure,
		run: ({ actor, data, event, ip }) =>
			cancelRegistration({ actor, eventId: event.params.id ?? '', userId: data.userId, ip }),
		success: (result) =>
			result.promotedUserIds.length > 0
				? 'Abgemeldet. Die nächste Person von der Warteliste ist nachgerückt und hat eine Mail bekommen.'
				: 'Abgemeldet.'
	})
};
