import { isRedirect } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { signedInJar } from '$lib/server/auth/test-support';
import { seedApiFixtures, type ApiFixtures } from '$lib/server/oparl-api/testing/api-fixtures';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { handle } from '../../../../hooks.server';
import { GET, OPTIONS } from './+server';

let f: ApiFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedApiFixtures();
}, 120_000);

async function get(path: string, options: { email?: string; headers?: HeadersInit } = {}) {
	const jar = options.email ? (await signedInJar(options.email)).jar : undefined;
	const url = `/oparl/v1/${path}`;
	const { event } = await testEvent({ url, jar, params: { path: path.split('?')[0]! } });
	if (options.headers) {
		const headers = new Headers(event.request.headers);
		for (const [name, value] of new Headers(options.headers)) headers.set(name, value);
		(event as { request: Request }).request = new Request(event.url, { headers });
	}
	return GET(event as never);
}

describe('GET /oparl/v1/…', () => {
	it('answers JSON with CORS, ETag and a short public cache, and 304 for a current copy', async () => {
		const response = await get('system');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
		expect(response.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate');
		expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
		const system = await response.json();
		expect(system.id).toMatch(/\/oparl\/v1\/system$/);
		const etag = response.headers.get('etag')!;
		expect(etag).toMatch(/^".+"$/);

		const again = await get('system', { headers: { 'if-none-match': etag } });
		expect(again.status).toBe(304);
		expect(again.headers.get('access-control-allow-origin')).toBe('*');
		const changed = await get('system', { headers: { 'if-none-match': '"veraltet"' } });
		expect(changed.status).toBe(200);
	});

	it('gives every role exactly the public answer: a session adds nothing', async () => {
		const path = `person/${f.people.greta}`;
		const anonymous = await (await get(path)).text();
		expect(JSON.parse(anonymous).name).toBe('Greta Beispielhaft');
		for (const email of [
			'interessiert@example.org',
			'mitglied@example.org',
			'fraktion@example.org',
			'vorstand@example.org'
		]) {
			expect(await (await get(path, { email })).text(), email).toBe(anonymous);
		}
		// People without an elected seat stay unknown to the board's session too.
		const hidden = await get(`person/${f.people.hanna}`, { email: 'vorstand@example.org' });
		expect(hidden.status).toBe(404);
		const draft = await get(`paper/${f.motions.draft}`, { email: 'vorstand@example.org' });
		expect(draft.status).toBe(404);
	});

	it('says in German JSON what is unknown or malformed, readable cross-origin', async () => {
		const unknown = await get('person/00000000-0000-4000-8000-000000000000');
		expect(unknown.status).toBe(404);
		expect(unknown.headers.get('access-control-allow-origin')).toBe('*');
		expect(await unknown.json()).toEqual({ message: 'Dieses Objekt gibt es hier nicht.' });
		for (const path of ['person/kein-uuid', 'gibtsnicht', 'system/zuviel', 'paper']) {
			expect((await get(path)).status, path).toBe(404);
		}
		const bad = await get(`body/${f.bodies.rostock}/people?limit=viele`);
		expect(bad.status).toBe(400);
		expect((await bad.json()).message).toBe('limit muss eine Zahl sein.');
	});

	it('sends /oparl/v1 to the system and answers CORS preflights', async () => {
		const { event } = await testEvent({ url: '/oparl/v1', params: { path: '' } });
		const thrown = await thrownBy(() => GET(event as never));
		expect(isRedirect(thrown) && thrown.location).toBe('/oparl/v1/system');
		const preflight = OPTIONS();
		expect(preflight.status).toBe(204);
		expect(preflight.headers.get('access-control-allow-headers')).toContain('If-None-Match');
		expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
	});

	it('keeps its CORS and CSP through the app hook, which only withholds caching for sessions', async () => {
		const through = async (email?: string) => {
			const jar = email ? (await signedInJar(email)).jar : undefined;
			const { event } = await testEvent({
				url: '/oparl/v1/system',
				jar,
				params: { path: 'system' }
			});
			return handle({ event, resolve: (e: unknown) => GET(e as never) } as never);
		};
		const anonymous = await through();
		expect(anonymous.headers.get('access-control-allow-origin')).toBe('*');
		expect(anonymous.headers.get('content-security-policy')).toContain("default-src 'none'");
		expect(anonymous.headers.get('x-content-type-options')).toBe('nosniff');
		expect(anonymous.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate');
		const signedIn = await through('mitglied@example.org');
		expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
		expect(await signedIn.text()).toBe(await anonymous.text());
	});
});
