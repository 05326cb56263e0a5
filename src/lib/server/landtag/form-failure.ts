import { error, fail, type ActionFailure } from '@sveltejs/kit';
import { AccessDeniedError } from '../auth/policy';
import { formValues, type FormFailure } from '../forms/parse-form';
import { LandtagError, LandtagNotFoundError } from './errors';

/**
 * Where Landtag errors become what the page shows: a message next to its field or above the form
 * (keeping what was typed), 404 for unknown or hidden things, 403 for missing rights.
 */
export function landtagFailure(caught: unknown, formData?: FormData): ActionFailure<FormFailure> {
	const values = formData ? formValues(formData) : {};
	if (caught instanceof LandtagError) {
		return fail(400, {
			errors: caught.field ? { [caught.field]: [caught.message] } : {},
			values,
			message: caught.field ? undefined : caught.message
		});
	}
	if (caught instanceof LandtagNotFoundError) error(404, caught.message);
	if (caught instanceof AccessDeniedError) error(403, 'Dafür fehlt Ihnen die Berechtigung.');
	throw caught;
}

/** For loads: unknown or hidden initiatives and proposals are 404 pages. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
	try {
		return await work;
	} catch (caught) {
		if (caught instanceof LandtagNotFoundError) error(404, caught.message);
		if (caught instanceof AccessDeniedError) error(403, 'Dafür fehlt Ihnen die Berechtigung.');
		throw caught;
	}
}
