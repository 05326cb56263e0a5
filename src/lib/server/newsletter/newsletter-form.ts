import { fail, type ActionFailure } from '@sveltejs/kit';
import { newsletterForm, segmentFromForm, type NewsletterSegment } from '$lib/shared/newsletter';
import { domainFailure } from '../forms/domain-failure';
import { parseFormData, type FormFailure } from '../forms/parse-form';
import { NewsletterError, NewsletterNotFoundError } from './errors';
import type { NewsletterDraftInput } from './manage-newsletter';

/** A failed form keeps every ticked box, not only the last one of each list. */
export type NewsletterFormFailure = FormFailure & { segment: NewsletterSegment };

function ticked(formData: FormData): NewsletterSegment {
	const all = (key: string) =>
		formData.getAll(key).filter((value): value is string => typeof value === 'string');
	return {
		roles: all('roles[]') as NewsletterSegment['roles'],
		districtAgs: all('districtAgs[]'),
		topicIds: all('topicIds[]')
	};
}

export function readNewsletterForm(
	formData: FormData
):
	| { ok: true; input: NewsletterDraftInput }
	| { ok: false; failure: ActionFailure<NewsletterFormFailure> } {
	const parsed = parseFormData(formData, newsletterForm);
	if (!parsed.ok)
		return { ok: false, failure: fail(400, { ...parsed.failure.data, segment: ticked(formData) }) };
	return {
		ok: true,
		input: {
			subject: parsed.data.subject,
			body: parsed.data.body,
			segment: segmentFromForm(parsed.data)
		}
	};
}

const baseFailure = domainFailure(NewsletterError, NewsletterNotFoundError);

/** The capability's errors at the form's edge, keeping the ticked boxes as well. */
export function newsletterFailure(
	caught: unknown,
	formData?: FormData
): ActionFailure<NewsletterFormFailure> {
	const failure = baseFailure(caught, formData);
	return fail(failure.status, {
		...failure.data,
		segment: formData ? ticked(formData) : { roles: [], districtAgs: [], topicIds: [] }
	});
}
