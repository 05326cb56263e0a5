import { fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';

/** What a failed form action returns: German messages per field and the values to refill. */
export interface FormFailure {
	errors: Record<string, string[]>;
	/** Entered values (passwords and other secrets removed) so nothing typed is lost. */
	values: Record<string, string>;
	/** A message for the whole form, e.g. rate limit or wrong password. */
	message?: string;
}

const SECRET_FIELD = /password|passwort|token|code|secret/i;

export function formValues(formData: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of formData.entries()) {
		if (typeof value === 'string' && !SECRET_FIELD.test(key)) values[key] = value;
	}
	return values;
}

function formObject(formData: FormData): Record<string, unknown> {
	const object: Record<string, unknown> = {};
	for (const key of new Set(formData.keys())) {
		const all = formData.getAll(key).filter((value): value is string => typeof value === 'string');
		object[key] = all.length > 1 || key.endsWith('[]') ? all : all[0];
	}
	return object;
}

export type ParsedForm<T> =
	| { ok: true; data: T; values: Record<string, string> }
	| { ok: false; failure: ActionFailure<FormFailure> };

/**
 * The one way to validate form input: zod schema in, typed data or a 400 with German field errors
 * out. Schemas carry German messages themselves (see $lib/shared/validation).
 */
export async function parseForm<Schema extends z.ZodType>(
	request: Request,
	schema: Schema
): Promise<ParsedForm<z.infer<Schema>> & { formData?: FormData }> {
	const formData = await request.formData();
	return parseFormData(formData, schema);
}

export function parseFormData<Schema extends z.ZodType>(
	formData: FormData,
	schema: Schema
): ParsedForm<z.infer<Schema>> {
	const values = formValues(formData);
	const result = schema.safeParse(formObject(formData));
	if (result.success) return { ok: true, data: result.data, values };
	const errors: Record<string, string[]> = {};
	for (const issue of result.error.issues) {
		const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '_form';
		(errors[field] ??= []).push(issue.message);
	}
	return { ok: false, failure: fail(400, { errors, values }) };
}

/** A failure not tied to a field (wrong password, rate limit …), keeping the entered values. */
export function formError(
	status: number,
	message: string,
	formData?: FormData,
	errors: Record<string, string[]> = {}
): ActionFailure<FormFailure> {
	return fail(status, { errors, values: formData ? formValues(formData) : {}, message });
}
