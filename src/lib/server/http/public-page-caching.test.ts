import { describe, expect, it } from 'vitest';
import { ANONYMOUS_PAGE_CACHE_CONTROL, withPublicCaching } from './public-page-caching';

const page = (headers: Record<string, string> = {}, status = 200) =>
	new Response(status === 304 ? null : '<h1>Start</h1>', {
		status,
		headers: { 'content-type': 'text/html', etag: '"abc"', ...headers }
	});
const get = new Request('http://app.test/');

describe('public page caching', () => {
	it('lets browsers and shared caches keep an anonymous page, revalidated by its ETag', () => {
		for (const response of [page(), page({}, 304)]) {
			const result = withPublicCaching(get, response, { signedIn: false });
			expect(result.headers.get('cache-control')).toBe(ANONYMOUS_PAGE_CACHE_CONTROL);
			expect(result.headers.get('vary')).toContain('Cookie');
			expect(result.headers.get('etag')).toBe('"abc"');
		}
	});

	it('leaves signed-in answers, posts, errors, non-HTML and routes with their own policy alone', () => {
		const cases: [Request, Response, boolean][] = [
			[get, page(), true],
			[new Request('http://app.test/', { method: 'POST' }), page(), false],
			[get, page({}, 404), false],
			[get, page({ 'content-type': 'application/json' }), false],
			[get, page({ 'cache-control': 'private, no-store' }), false],
			[get, page({ 'set-cookie': 'a=b' }), false]
		];
		for (const [request, response, signedIn] of cases) {
			const before = response.headers.get('cache-control');
			const result = withPublicCaching(request, response, { signedIn });
			expect(result.headers.get('cache-control')).toBe(before);
			expect(result.headers.get('vary')).toBeNull();
		}
	});
});
