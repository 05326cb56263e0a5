import { error } from '@sveltejs/kit';

/** More than any motion needs (text and justification are capped at 100,000 characters each). */
const MAX_BODY_BYTES = 1_000_000;

/**
 * The JSON object a client sent, or a German 4xx. Requiring `application/json` also keeps other
 * sites out: a browser sends that content type across origins only after a CORS preflight, which
 * this server never grants.
 */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
	const type = request.headers.get('content-type') ?? '';
	if (!/^application\/json\s*(;|$)/i.test(type))
		error(415, 'Bitte JSON senden (Content-Type: application/json).');
	const length = Number(request.headers.get('content-length') ?? 0);
	if (length > MAX_BODY_BYTES) error(413, 'Die Anfrage ist zu groß (höchstens 1 MB).');
	const text = await request.text();
	if (new TextEncoder().encode(text).length > MAX_BODY_BYTES)
		error(413, 'Die Anfrage ist zu groß (höchstens 1 MB).');
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		error(400, 'Der Inhalt ist kein gültiges JSON.');
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body))
		error(400, 'Bitte ein JSON-Objekt senden, z. B. {"type": "motion", "title": "…"}.');
	return body as Record<string, unknown>;
}
