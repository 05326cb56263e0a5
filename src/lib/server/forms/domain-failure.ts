import { error, fail, type ActionFailure } from '@sveltejs/kit';
import { AccessDeniedError } from '../auth/policy';
import { formValues, type FormFailure } from './parse-form';

type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;

/**
 * The edge where a capability's errors become what a page shows, built from its two error
 * classes: a fixable error (German message, optionally naming its field) is a 400 with the message
 * next to the field or above the form and everything typed kept; "not found" is a 404 page (hidden
 * and unknown things alike); missing rights a 403 page. Anything else is a bug and rethrown.
 */
export function domainFailure(
	Fixable: ErrorClass<Error & { field?: string }>,
	NotFound: ErrorClass<Error>
): (caught: unknown, formData?: FormData) => ActionFailure<FormFailure> {
	return (caught, formData) => {
		if (caught instanceof Fixable) {
			return fail(400, {
				errors: caught.field ? { [caught.field]: [caught.message] } : {},
				values: formData ? formValues(formData) : {},
				message: caught.field ? undefined : caught.message
			});
		}
		if (caught instanceof NotFound) error(404, caught.message);
		if (caught instanceof AccessDeniedError) error(403, 'Dafür fehlt Ihnen die Berechtigung.');
		throw caught;
	};
}

/** For loads: the same capability's "not found" as a 404 page, missing rights as 403. */
export function notFoundAsPage(NotFound: ErrorClass<Error>): <T>(work: Promise<T>) => Promise<T> {
	return async (work) => {
		try {
			return await work;
		} catch (caught) {
			if (caught instanceof NotFound) error(404, caught.message);
			if (caught instanceof AccessDeniedError) error(403, 'Dafür fehlt Ihnen die Berechtigung.');
			throw caught;
		}
	};
}
