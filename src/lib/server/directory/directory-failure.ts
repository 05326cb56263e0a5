import { error, fail, type ActionFailure } from '@sveltejs/kit';
import { AccessDeniedError } from '../auth/policy';
import { formValues, type FormFailure } from '../forms/parse-form';
import { DirectoryError } from './directory-error';

/**
 * The edge where directory errors become responses: unknown people 404, people outside the
 * editor's scope 403 (as a page; a form cannot fix that), everything else a German message at
 * the field or above the form, with what the person typed kept. Anything unexpected is rethrown.
 */
export function directoryFailure(
	caught: unknown,
	formData?: FormData,
	scope?: string
): ActionFailure<FormFailure & { scope?: string }> {
	if (caught instanceof AccessDeniedError) error(403, 'Dafür fehlt Ihnen die Berechtigung.');
	if (!(caught instanceof DirectoryError)) throw caught;
	if (caught.code === 'person_not_found') error(404, caught.message);
	if (caught.code === 'not_your_person') error(403, caught.message);
	const values = formData ? formValues(formData) : {};
	const body = caught.field
		? { errors: { [caught.field]: [caught.message] }, values }
		: { errors: {}, values, message: caught.message };
	return fail(400, scope ? { ...body, scope } : body);
}

/** For loads: the same mapping, but every refusal is a page. */
export function directoryPageError(caught: unknown): never {
	if (caught instanceof DirectoryError) {
		error(caught.code === 'person_not_found' ? 404 : 403, caught.message);
	}
	if (caught instanceof AccessDeniedError) error(403, 'Dafür fehlt Ihnen die Berechtigung.');
	throw caught;
}
