import { error, fail, type ActionFailure } from '@sveltejs/kit';
import { formValues, type FormFailure } from '../forms/parse-form';
import { AuthError, RateLimitedError } from './errors';
import { AccessDeniedError } from './policy';

/**
 * The edge where domain errors become German form messages: next to the field they belong to,
 * else above the form; 429 for rate limits. Anything unexpected is rethrown (500, logged).
 */
export function authFailure(caught: unknown, formData?: FormData): ActionFailure<FormFailure> {
	const values = formData ? formValues(formData) : {};
	if (caught instanceof RateLimitedError) {
		return fail(429, { errors: {}, values, message: caught.message });
	}
	if (caught instanceof AuthError) {
		if (caught.field) {
			return fail(400, { errors: { [caught.field]: [caught.message] }, values });
		}
		return fail(400, { errors: {}, values, message: caught.message });
	}
	if (caught instanceof AccessDeniedError) error(403, 'Dafür fehlt Ihnen die Berechtigung.');
	throw caught;
}

/**
 * Pages with several forms (account, security) tag each result with the form it belongs to, so
 * messages appear at the right form even when two forms share a field name such as `password`.
 */
export function scoped(
	scope: string,
	failure: ActionFailure<FormFailure>
): ActionFailure<FormFailure & { scope: string }> {
	return fail(failure.status, { ...failure.data, scope });
}
