import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { can, requireAccess } from '$lib/server/auth/policy';
import { renderMarkdown } from '$lib/server/content/render-markdown';
import { cancelRegistration } from '$lib/server/events/cancel-registration';
import { eventFailure } from '$lib/server/events/event-failure';
import { getEvent } from '$lib/server/events/get-event';
import { registerForEvent } from '$lib/server/events/register-for-event';
import { formAction } from '$lib/server/forms/form-action';
import { registrationFields } from '$lib/shared/event-forms';

export async function load(event) {
	requireAccess(event, 'public.read');
	const view = await getEvent(event.locals.user, event.params.id);
	if (!view) error(404, 'Diese Veranstaltung gibt es nicht.');
	return {
		event: { ...view, descriptionHtml: renderMarkdown(view.description) },
		mayRegister: can(event.locals.user, 'events.register'),
		signedIn: event.locals.user !== null
	};
}

export const actions = {
	register: formAction({
		permission: 'events.register',
		schema: registrationFields,
		scope: 'registration',
		failure: eventFailure,
		run: ({ actor, data, event }) =>
			registerForEvent({ actor, eventId: event.params.id ?? '', note: data.note }),
		success: (result) =>
			result.status === 'registered'
				? 'Sie sind angemeldet. Eine Bestätigung ist per Mail unterwegs.'
				: `Die Veranstaltung ist ausgebucht: Sie stehen auf der Warteliste (Platz ${result.position}). Wird ein Platz frei, rücken Sie automatisch nach und bekommen eine Mail.`
	}),
	cancel: formAction({
		permission: 'events.register',
		schema: z.object({}),
		scope: 'registration',
		failure: eventFailure,
		run: ({ actor, event, ip }) =>
			cancelRegistration({ actor, eventId: event.params.id ?? '', ip }),
		success: 'Sie sind abgemeldet. Danke, dass Sie Bescheid gegeben haben.'
	})
};
