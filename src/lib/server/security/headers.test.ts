import { describe, expect, it } from 'vitest';
import { applySecurityHeaders, securityHeaders } from './headers';

describe('security headers', () => {
	it('sends the baseline headers to everyone', () => {
		const headers = securityHeaders({ origin: undefined, signedIn: false });
		expect(headers).toMatchObject({
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'strict-origin-when-cross-origin',
			'X-Frame-Options': 'DENY',
			'Cross-Origin-Opener-Policy': 'same-origin'
		});
		for (const feature of ['camera', 'microphone', 'geolocation', 'payment'])
			expect(headers['Permissions-Policy']).toContain(`${feature}=()`);
	});

	it('sends HSTS only when the public address is https', () => {
		expect(
			securityHeaders({ origin: 'https://kommunal.example.org', signedIn: false })[
				'Strict-Transport-Security'
			]
		).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
		for (const origin of [undefined, 'http://127.0.0.1:3000', 'kein-url'])
			expect(securityHeaders({ origin, signedIn: false })).not.toHaveProperty(
				'Strict-Transport-Security'
			);
	});

	it('forbids caching only for signed-in people', () => {
		expect(securityHeaders({ origin: undefined, signedIn: true })['Cache-Control']).toBe(
			'private, no-store'
		);
		expect(securityHeaders({ origin: undefined, signedIn: false })).not.toHaveProperty(
			'Cache-Control'
		);
	});

	it('overrides a page’s own caching for signed-in people and keeps other headers', async () => {
		const page = new Response('<h1>Hallo</h1>', {
			headers: { 'content-type': 'text/html', 'cache-control': 'public, max-age=600' }
		});
		const result = applySecurityHeaders(page, { origin: undefined, signedIn: true });
		expect(result.headers.get('cache-control')).toBe('private, no-store');
		expect(result.headers.get('content-type')).toBe('text/html');
		expect(await result.text()).toBe('<h1>Hallo</h1>');
	});

	it('copies responses whose headers are immutable', async () => {
		const passedThrough = Response.redirect('http://127.0.0.1/anmelden', 303);
		expect(() => passedThrough.headers.set('x-test', '1')).toThrow(TypeError);
		const result = applySecurityHeaders(passedThrough, { origin: undefined, signedIn: false });
		expect(result.status).toBe(303);
		expect(result.headers.get('location')).toBe('http://127.0.0.1/anmelden');
		expect(result.headers.get('x-frame-options')).toBe('DENY');
	});
});
