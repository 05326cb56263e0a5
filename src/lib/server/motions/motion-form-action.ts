import { error, fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import { AccessDeniedError } from '../auth/policy';
import { formValues, parseFormData, type FormFailure } from '../forms/parse-form';
import { MotionError } from './motion-error';

/**
 * The motion forms' failures: German messages next to the field, the typed values back, and the
 * checked topics and authors (which `formValues` keeps only one of) so nothing chosen is lost.
 */
export interface MotionFormFailure extends FormFailure {
	lists: { topics: string[]; authorIds: string[] };
}

function listsOf(formData: FormData): MotionFormFailure['lists'] {
	const strings = (key: string) =>
		formData.getAll(key).filter((value): value is string => typeof value === 'string');
	return { topics: strings('topics'), authorIds: strings('authorIds') };
}

export function parseMotionForm<Schema extends z.ZodType>(
	formData: FormData,
	schema: Schema
): { ok: true; data: z.output<Schema> } | { ok: false; failure: ActionFailure<MotionFormFailure> } {
	const parsed = parseFormData(formData, schema);
	if (parsed.ok) return { ok: true, data: parsed.data };
	return {
		ok: false,
		failure: fail(400, { ...parsed.failure.data, lists: listsOf(formData) })
	};
}

export function motionFormFailure(
	caught: unknown,
	formData: FormData
): ActionFailure<MotionFormFailure> {
	if (caught instanceof AccessDeniedError) error(403, 'Dafür fehlt Ihnen die Berechtigung.');
	if (caught instanceof MotionError) {
		if (caught.code === 'motion_not_found') error(404, caught.message);
		if (caught.code === 'not_allowed') error(403, caught.message);
		return fail(400, {
			errors: caught.field ? { [caught.field]: [caught.message] } : {},
			message: caught.field ? undefined : caught.message,
			values: formValues(formData),
			lists: listsOf(formData)
		});
	}
	throw caught;
}
