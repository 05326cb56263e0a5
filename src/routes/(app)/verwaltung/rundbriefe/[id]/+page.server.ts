import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { requireAccess } from '$lib/server/auth/policy';
import { notFoundAsPage } from '$lib/server/forms/domain-failure';
import { formError } from '$lib/server/forms/parse-form';
import { NewsletterNotFoundError } from '$lib/server/newsletter/errors';
import {
	deleteNewsletterDraft,
	getNewsletter,
	updateNewsletter
} from '$lib/server/newsletter/manage-newsletter';
import { newsletterFailure, readNewsletterForm } from '$lib/server/newsletter/newsletter-form';
import {
	newsletterRecipients,
	previewNewsletter,
	sendNewsletterTest
} from '$lib/server/newsletter/preview-newsletter';
import { newsletterSegmentOptions } from '$lib/server/newsletter/segment-options';
import { startNewsletterSend } from '$lib/server/newsletter/start-send';

const orNotFound = notFoundAsPage(NewsletterNotFoundError);

const confirmSend = z.object({
	confirm: z.literal('on', { error: 'Bitte bestätigen Sie den Versand.' })
});

export async function load(event) {
	const actor = requireAccess(event, 'newsletter.send');
	const letter = await orNotFound(getNewsletter({ actor, id: event.params.id }));
	const draft = letter.status === 'draft';
	return {
		letter: {
			id: letter.id,
			subject: letter.subject,
			body: letter.body,
			segment: letter.segment,
			status: letter.status,
			recipientCount: letter.recipientCount,
			sentCount: letter.sentCount,
			skippedCount: letter.skippedCount,
			failedCount: letter.failedCount,
			createdByName: letter.createdByName,
			sentByName: letter.sentByName,
			modifiedAt: letter.modifiedAt,
			sendStartedAt: letter.sendStartedAt,
			sentAt: letter.sentAt
		},
		saved: event.url.searchParams.has('gespeichert'),
		options: draft ? await newsletterSegmentOptions({ actor }) : null,
		// A draft shows what it would be now; a sent one what went out, and to whom.
		preview: await previewNewsletter({
			actor,
			subject: letter.subject,
			body: letter.body,
			segment: draft ? letter.segment : { roles: [], districtAgs: [], topicIds: [] }
		}),
		recipients: draft ? [] : await newsletterRecipients({ actor, id: letter.id })
	};
}

export const actions = {
	preview: async (event) => {
		const actor = requireAccess(event, 'newsletter.send');
		const formData = await event.request.formData();
		const read = readNewsletterForm(formData);
		if (!read.ok) return read.failure;
		return {
			scope: 'edit',
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
		try {
			await updateNewsletter({
				actor,
				id: event.params.id,
				input: read.input,
				ip: event.getClientAddress()
			});
		} catch (caught) {
			return newsletterFailure(caught, formData);
		}
		return { scope: 'edit', success: 'Entwurf gespeichert.' };
	},
	test: async (event) => {
		const actor = requireAccess(event, 'newsletter.send');
		try {
			const to = await sendNewsletterTest({
				actor,
				id: event.params.id,
				ip: event.getClientAddress()
			});
			return { scope: 'test', success: `Die Testmail geht an ${to}.` };
		} catch (caught) {
			return { scope: 'test', ...newsletterFailure(caught).data };
		}
	},
	send: async (event) => {
		const actor = requireAccess(event, 'newsletter.send');
		const formData = await event.request.formData();
		const parsed = confirmSend.safeParse({ confirm: formData.get('confirm') ?? undefined });
		if (!parsed.success)
			return formError(400, 'Bitte bestätigen Sie den Versand.', formData, {
				confirm: ['Bitte bestätigen Sie den Versand.']
			});
		try {
			await startNewsletterSend({ actor, id: event.params.id, ip: event.getClientAddress() });
		} catch (caught) {
			return newsletterFailure(caught, formData);
		}
		redirect(303, `/verwaltung/rundbriefe/${event.params.id}`);
	},
	delete: async (event) => {
		const actor = requireAccess(event, 'newsletter.send');
		try {
			await deleteNewsletterDraft({ actor, id: event.params.id, ip: event.getClientAddress() });
		} catch (caught) {
			return newsletterFailure(caught);
		}
		redirect(303, '/verwaltung/rundbriefe');
	}
};
