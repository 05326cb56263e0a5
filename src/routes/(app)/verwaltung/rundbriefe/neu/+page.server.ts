import { redirect } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { createNewsletter } from '$lib/server/newsletter/manage-newsletter';
import { newsletterFailure, readNewsletterForm } from '$lib/server/newsletter/newsletter-form';
import { previewNewsletter } from '$lib/server/newsletter/preview-newsletter';
import { newsletterSegmentOptions } from '$lib/server/newsletter/segment-options';

export async function load(event) {
	const actor = requireAccess(event, 'newsletter.send');
	return { options: await newsletterSegmentOptions({ actor }) };
}

export const actions = {
	/** Shows the mail and its recipients without saving; works without JavaScript. */
	preview: async (event) => {
		const actor = requireAccess(event, 'newsletter.send');
		const formData = await event.request.formData();
		const read = readNewsletterForm(formData);
		if (!read.ok) return read.failure;
		return {
			preview: await previewNewsletter({ actor, ...read.input }),
			values: { subject: read.input.subject, body: read.input.body },
			segment: read.input.segment
		};
	},
	save: async (event) => {
		const actor = requireAccess(event, 'newsletter.send');
		const formData = await event.request.formData();
		const read = readNewsletterForm(formData);
		if (!read.ok) return read.failure;
		let id: string;
		try {
			id = await createNewsletter({ actor, input: read.input, ip: event.getClientAddress() });
		} catch (caught) {
			return newsletterFailure(caught, formData);
		}
		redirect(303, `/verwaltung/rundbriefe/${id}?gespeichert=1`);
	}
};
