import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { requireAccess } from '$lib/server/auth/policy';
import { EventError } from '$lib/server/events/errors';
import { eventFailure } from '$lib/server/events/event-failure';
import { getEvent } from '$lib/server/events/get-event';
import { addEventMaterial, removeEventMaterial } from '$lib/server/events/materials';
import { FileRejectedError } from '$lib/server/files/errors';
import { maxUploadBytes } from '$lib/server/files/upload-limit';
import { formAction } from '$lib/server/forms/form-action';
import { formValues } from '$lib/server/forms/parse-form';

export async function load(event) {
	const actor = requireAccess(event, 'events.manage');
	const view = await getEvent(actor, event.params.id);
	if (!view) error(404, 'Diese Veranstaltung gibt es nicht.');
	return {
		event: { id: view.id, title: view.title },
		materials: view.materials,
		maxBytes: maxUploadBytes()
	};
}

/** A zod failure of the service's own checks, as field errors beside the form. */
function fieldErrors(caught: z.ZodError): Record<string, string[]> {
	const errors: Record<string, string[]> = {};
	for (const issue of caught.issues)
		(errors[String(issue.path[0] ?? '_form')] ??= []).push(issue.message);
	return errors;
}

function addFailure(values: Record<string, string>, errors: Record<string, string[]>) {
	return fail(400, { scope: 'add', values, errors, message: undefined as string | undefined });
}

export const actions = {
	/** A file or a link; multipart, so written out instead of formAction. */
	add: async (event) => {
		const actor = requireAccess(event, 'events.manage');
		const formData = await event.request.formData();
		const values = formValues(formData);
		const file = formData.get('datei');
		const hasFile = file instanceof File && file.size > 0;
		const url = values.url?.trim() ?? '';
		if (!hasFile && !url)
			return addFailure(values, {
				datei: ['Bitte eine Datei auswählen oder einen Link angeben.']
			});
		try {
			await addEventMaterial({
				actor,
				eventId: event.params.id,
				input: hasFile
					? {
							title: values.title ?? '',
							public: values.public,
							file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
						}
					: { title: values.title ?? '', public: values.public, url },
				ip: event.getClientAddress()
			});
		} catch (caught) {
			if (caught instanceof z.ZodError) return addFailure(values, fieldErrors(caught));
			if (caught instanceof FileRejectedError)
				return addFailure(values, { datei: [caught.message] });
			const failure = eventFailure(caught);
			return fail(failure.status, { ...failure.data, scope: 'add' });
		}
		return { scope: 'add', success: 'Das Material ist hinzugefügt.' };
	},
	remove: formAction({
		permission: 'events.manage',
		schema: z.object({ materialId: z.string().min(1) }),
		scope: 'remove',
		failure: (caught) => {
			if (caught instanceof EventError && caught.code === 'material_not_found')
				return fail(404, { errors: {}, values: {}, message: caught.message });
			return eventFailure(caught);
		},
		run: ({ actor, data, event, ip }) =>
			removeEventMaterial({
				actor,
				eventId: event.params.id ?? '',
				materialId: data.materialId,
				ip
			}),
		success: 'Das Material ist entfernt.'
	})
};
