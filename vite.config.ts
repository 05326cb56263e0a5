import { sveltekit } from '@sveltejs/kit/vite';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [tailwindcss(), sveltekit()],
	server: { host: '127.0.0.1' },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['src/lib/server/testing/global-setup.ts'],
		setupFiles: ['src/lib/server/testing/setup-data-dir.ts'],
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// PGlite is CPU-bound; two cores run two files at a time best.
		maxWorkers: 2,
		pool: 'forks'
	}
});
