import { error, fail, type ActionFailure } from '@sveltejs/kit';
import { AccessDeniedError } from '../../auth/policy';
import { formValues, type FormFailure } from '../../forms/parse-form';
import { MotionCommentError, MotionCommentNotFoundError } from './errors';

/**
 * Where comment errors become what the motion page shows: a message next to its field or above
 * the form (keeping what was typed), 404 for unknown or hidden things, 403 for missing rights.
 */
export function motionCommentFailure(
	caught: unknown,
	formData?: FormData
): ActionFailure<FormFailure> {
	const values = formData ? formValues(formData) : {};
	if (caught instanceof MotionCommentError) {
		return fail(400, {
			errors: caught.field ? { [caught.field]: [caught.message] } : {},
			values,
			message: caught.field ? undefined : caught.message
		});
	}
	if (caught instanceof MotionCommentNotFoundError) error(404, caught.message);
	if (caught instanceof AccessDeniedError) error(403, 'Dafür fehlt Ihnen die Berechtigung.');
	throw caught;
}
