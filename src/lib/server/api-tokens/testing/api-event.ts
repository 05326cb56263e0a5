import type { RequestEvent } from '@sveltejs/kit';
import { fillApiTokenLocals, usesApiToken } from '../fill-api-token-locals';

/**
 * A RequestEvent for calling `/api/v1` handlers directly in Vitest, with locals filled from the
 * Authorization header exactly as hooks.server.ts fills them. `refusal` is what the hook would
 * answer instead of calling the handler (401, 429).
 */
export async function apiEvent(options: {
	url: string;
	method?: 'GET' | 'POST';
	/** Sent as `Authorization: Bearer …`; `authorization` replaces the whole header. */
	token?: string;
	authorization?: string;
	json?: unknown;
	/** A raw body (for malformed JSON). */
	body?: string;
	contentType?: string;
	params?: Record<string, string>;
}): Promise<{ event: RequestEvent; refusal: Response | null }> {
	const url = new URL(options.url, 'http://127.0.0.1:4199');
	const headers = new Headers({ 'user-agent': 'Testprogramm/1.0' });
	const authorization =
		options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
	if (authorization) headers.set('authorization', authorization);
	const body = options.json !== undefined ? JSON.stringify(options.json) : options.body;
	if (body !== undefined) headers.set('content-type', options.contentType ?? 'application/json');
	const request = new Request(url, {
		method: options.method ?? (body !== undefined ? 'POST' : 'GET'),
		headers,
		body
	});
	const event = {
		request,
		url,
		params: options.params ?? {},
		locals: { user: null, sessionId: null, requestId: 'test' },
		getClientAddress: () => '198.51.100.9',
		route: { id: null },
		setHeaders: () => {},
		isDataRequest: false,
		isSubRequest: false
	} as unknown as RequestEvent;
	const refusal = usesApiToken(event) ? await fillApiTokenLocals(event) : null;
	return { event, refusal };
}
