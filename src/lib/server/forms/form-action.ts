import { fail, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { requireAccess, type Permission } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { parseFormData, type FormFailure } from './parse-form';

export interface FormActionInput<Data> {
	actor: SessionUser;
	data: Data;
	ip: string;
	event: RequestEvent;
}

export interface FormActionOptions<Schema extends z.ZodType, Result> {
	permission: Permission;
	schema: Schema;
	/**
	 * Names the form on a page with several, so its result shows at the right one (see
	 * `scopedResult`); `form` when the page has one form.
	 */
	scope?: string | ((formData: FormData) => string);
	/**
	 * The capability's edge from its errors to a German failure (e.g. `directoryFailure`); it
	 * rethrows anything it does not know, so redirects and real faults pass through.
	 */
	failure: (caught: unknown, formData: FormData) => ActionFailure<FormFailure>;
	/** Values the form needs back on failure beyond the typed strings (e.g. checked boxes). */
	keep?: (formData: FormData) => Record<string, unknown>;
	run: (input: FormActionInput<z.infer<Schema>>) => Promise<Result>;
	success?: string | ((result: Result, data: z.infer<Schema>) => string | undefined);
}

/**
 * The one shape of a form action: guard, parse, call the service, answer. Bad input and domain
 * errors come back as a 400 with German messages and everything typed kept; success as
 * `{ scope, success }`. Actions that need more than this write it out themselves.
 */
export function formAction<Schema extends z.ZodType, Result>(
	options: FormActionOptions<Schema, Result>
) {
	return async (event: RequestEvent) => {
		const actor = requireAccess(event, options.permission);
		const formData = await event.request.formData();
		const scope =
			typeof options.scope === 'function' ? options.scope(formData) : (options.scope ?? 'form');
		const extra = { ...options.keep?.(formData), scope };
		const answer = (failure: ActionFailure<FormFailure>) =>
			fail(failure.status, { ...failure.data, ...extra });

		const parsed = parseFormData(formData, options.schema);
		if (!parsed.ok) return answer(parsed.failure);
		let result: Result;
		try {
			result = await options.run({
				actor,
				data: parsed.data,
				ip: event.getClientAddress(),
				event
			});
		} catch (caught) {
			return answer(options.failure(caught, formData));
		}
		const success =
			typeof options.success === 'function'
				? options.success(result, parsed.data)
				: options.success;
		return { scope, ...(success ? { success } : {}) };
	};
}
