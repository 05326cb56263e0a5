import { error, fail, type ActionFailure } from '@sveltejs/kit';
import { AccessDeniedError } from '../../auth/policy';
import { formValues, type FormFailure } from '../../forms/parse-form';
import { TermError } from './term-error';

/**
 * Term errors as form answers: a German message at the field or above the form, with what was
 * typed kept. A term or body that does not exist is a 404; anything unknown is rethrown.
 */
export function termFailure(caught: unknown, formData: FormData): ActionFailure<FormFailure> {
	if (caught instanceof AccessDeniedError) error(403, 'Dafür fehlt Ihnen die Berechtigung.');
	if (!(caught instanceof TermError)) throw caught;
	// A missing term chosen in a form is the form's problem; one addressed directly is a 404.
	if (caught.code === 'body_not_found' || (caught.code === 'term_not_found' && !caught.field)) {
		error(404, caught.message);
	}
	const values = formValues(formData);
	return caught.field
		? fail(400, { errors: { [caught.field]: [caught.message] }, values })
		: fail(400, { errors: {}, values, message: caught.message });
}
