import { robotsTxt } from '$lib/server/content/seo/robots';

export function GET() {
	return new Response(robotsTxt(), {
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'cache-control': 'public, max-age=86400'
		}
	});
}
