import { json } from '@sveltejs/kit';
import { requireApiAccess } from '$lib/server/auth/policy';
import {
	fieldErrors,
	motionErrorResponse,
	zodFieldErrors
} from '$lib/server/motions/api/motion-api-errors';
import { readJsonBody } from '$lib/server/motions/api/read-json-body';
import { createMotion, createMotionSchema } from '$lib/server/motions/create-motion';
import { MotionError } from '$lib/server/motions/motion-error';
import { motionFields } from '$lib/shared/motion-forms';

const KNOWN_FIELDS = new Set(Object.keys(motionFields));

/**
 * A new motion from a program (DESIGN.md: `{"type","title","text","justification","topics":[],
 * "visibility"}` → 201 `{"id","url"}`), written by the caller with the same rules as the form.
 */
export async function POST(event) {
	const actor = requireApiAccess(event, 'network.contribute')!;
	const body = await readJsonBody(event.request);
	// A misspelt field would otherwise be dropped silently and the motion stored without it.
	const unknown = Object.keys(body).filter((key) => !KNOWN_FIELDS.has(key));
	if (unknown.length > 0) {
		return fieldErrors(
			Object.fromEntries(unknown.map((key) => [key, [`Unbekanntes Feld „${key}“.`]]))
		);
	}
	const parsed = createMotionSchema.safeParse(body);
	if (!parsed.success) return zodFieldErrors(parsed.error.issues);
	try {
		const created = await createMotion(actor, parsed.data, { ip: event.getClientAddress() });
		return json(created, {
			status: 201,
			headers: { location: `/api/v1/motions/${created.id}`, 'cache-control': 'no-store' }
		});
	} catch (caught) {
		if (caught instanceof MotionError) return motionErrorResponse(caught);
		throw caught;
	}
}
