import { error, type ActionFailure } from '@sveltejs/kit';
import { formError, type FormFailure } from '../../forms/parse-form';
import {
	AttachmentNotAllowedError,
	AttachmentNotFoundError,
	AttachmentRateLimitedError
} from './attachment-errors';

/** The attachments' errors at the form edge: 404/403 pages, or a message above the form. */
export function attachmentFailure(caught: unknown): ActionFailure<FormFailure> {
	if (caught instanceof AttachmentNotFoundError) error(404, caught.message);
	if (caught instanceof AttachmentNotAllowedError) error(403, caught.message);
	if (caught instanceof AttachmentRateLimitedError) return formError(429, caught.message);
	throw caught;
}
