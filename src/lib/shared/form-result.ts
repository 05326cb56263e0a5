/** The messages and values a form action sends back (mirrors FormFailure on the server). */
export interface FormResult {
	errors?: Record<string, string[]>;
	/** Entered values to refill the form; secrets are never sent back. */
	values?: Record<string, string>;
	/** A message for the whole form, e.g. wrong password or rate limit. */
	message?: string;
	success?: string;
}

/** Pages with several forms tag every result, failure or success, with the form it belongs to. */
export interface ScopedFormResult extends FormResult {
	scope: string;
}

/**
 * The page's `form` if the last submission came from the form with this scope, else null. Two
 * forms on one page may share a field name such as `password`; without the scope an error for
 * one would show up at both.
 */
export function scopedResult<Result extends ScopedFormResult>(
	form: Result | null | undefined,
	scope: string
): Result | null {
	return form?.scope === scope ? form : null;
}
