import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build', precompress: false }),
		// SvelteKit adds hashes for its own inline scripts; everything else must come from us. Hashes,
		// not nonces: the same page then has the same bytes, so anonymous pages can be cached and
		// revalidated with an ETag (server/http/public-page-caching.ts).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte transitions and bits-ui floating elements set inline style attributes.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		},
		csrf: { trustedOrigins: [] },
		alias: {
			$components: 'src/lib/components'
		}
	}
};

export default config;
