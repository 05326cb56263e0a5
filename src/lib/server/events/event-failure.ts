import { error, type ActionFailure } from '@sveltejs/kit';
import { FileRejectedError } from '../files/errors';
import { formError, type FormFailure } from '../forms/parse-form';
import { EventError } from './errors';

/** Events' errors at the form edge: 404 pages for what is not there, else a message above the form. */
export function eventFailure(caught: unknown, formData?: FormData): ActionFailure<FormFailure> {
	if (caught instanceof EventError) {
		if (caught.code === 'not_found' || caught.code === 'material_not_found')
			error(404, caught.message);
		return formError(409, caught.message, formData);
	}
	if (caught instanceof FileRejectedError)
		return formError(400, caught.message, formData, { datei: [caught.message] });
	throw caught;
}
