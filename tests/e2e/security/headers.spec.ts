import type { APIResponse } from '@playwright/test';
import { expect, test } from '../support/fixtures';

/** Pages of different kinds: public, a form page, an error page, a redirect of a guard. */
const PAGES = ['/', '/impressum', '/anmelden', '/diese-seite-gibt-es-nicht', '/verwaltung'];
const SAFE_REFERRER_POLICIES = [
	'no-referrer',
	'same-origin',
	'strict-origin',
	'strict-origin-when-cross-origin'
];

function expectBaseHeaders(response: APIResponse, path: string) {
	const headers = response.headers();
	expect.soft(headers['x-content-type-options'], `${path}: nosniff`).toBe('nosniff');
	expect
		.soft(SAFE_REFERRER_POLICIES, `${path}: Referrer-Policy`)
		.toContain(headers['referrer-policy']);
}

for (const path of PAGES) {
	test(`Sicherheits-Header auf ${path}`, async ({ request }) => {
		const response = await request.get(path, { maxRedirects: 0 });
		expectBaseHeaders(response, path);
		if (!(response.headers()['content-type'] ?? '').includes('text/html')) return;
		const csp = response.headers()['content-security-policy'] ?? '';
		expect.soft(csp, `${path}: Content-Security-Policy`).toMatch(/frame-ancestors 'none'/);
		expect.soft(csp).toMatch(/default-src 'self'/);
		expect.soft(csp).toMatch(/object-src 'none'/);
		expect.soft(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	});
}

test('statische Dateien tragen die Sicherheits-Header', async ({ request }) => {
	for (const path of ['/favicon.svg', '/geo/mv-kreise.geojson']) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		expectBaseHeaders(response, path);
		expect.soft(response.headers()['x-frame-options'], `${path}: X-Frame-Options`).toBe('DENY');
	}
});

test('JSON-Antworten tragen nosniff', async ({ request }) => {
	const response = await request.get('/healthz');
	expectBaseHeaders(response, '/healthz');
});

test('das Sitzungs-Cookie ist HttpOnly und SameSite', async ({ pageAs }) => {
	const page = await pageAs('member');
	await page.goto('/konto');
	const cookies = await page.context().cookies();
	const session = cookies.filter((cookie) => /session/i.test(cookie.name));
	expect(session.length, `Sitzungs-Cookie unter ${cookies.map((c) => c.name)}`).toBeGreaterThan(0);
	for (const cookie of session) {
		expect.soft(cookie.httpOnly, `${cookie.name} HttpOnly`).toBe(true);
		expect.soft(['Lax', 'Strict'], `${cookie.name} SameSite`).toContain(cookie.sameSite);
		expect.soft(cookie.path).toBe('/');
	}
});

test('die Startseite ist für Gäste zwischenspeicherbar, für Angemeldete nie', async ({
	request,
	pageAs
}) => {
	const first = await request.get('/');
	expect(first.status()).toBe(200);
	const etag = first.headers()['etag'];
	expect(etag, 'ETag').toMatch(/^(W\/)?".+"$/);
	expect(first.headers()['cache-control']).toMatch(/^public, .*must-revalidate/);
	expect(first.headers()['vary'] ?? '').toMatch(/cookie/i);
	// The same page has the same bytes (hashes in the CSP, no nonces): the browser gets a 304.
	const again = await request.get('/', { headers: { 'if-none-match': etag! } });
	expect(again.status()).toBe(304);
	expect(await again.text()).toBe('');

	const member = await pageAs('member');
	const signedIn = await member.request.get('/', { headers: { 'if-none-match': etag! } });
	expect(signedIn.status()).toBe(200);
	expect(signedIn.headers()['cache-control']).toBe('private, no-store');
});
