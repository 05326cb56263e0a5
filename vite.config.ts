import { sveltekit } from '@sveltejs/kit/vite';
import tailwindcss from '@tailwindcss/vite';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Test files that need a fresh module graph of their own: the CLI boots and shuts down the whole
 * app in-process (app/lifecycle.ts and app/boot.ts start and stop once per module instance).
 */
const ISOLATED_TESTS = ['src/lib/server/cli/**/*.test.ts'];
const ALL_TESTS = ['src/**/*.test.ts', 'scripts/**/*.test.ts'];

export default defineConfig({
	plugins: [tailwindcss(), sveltekit()],
	server: { host: '127.0.0.1' },
	test: {
		environment: 'node',
		globalSetup: ['src/lib/server/testing/global-setup.ts'],
		// In this order: the file state is reset first, then the run's defaults are set again.
		setupFiles: [
			'src/lib/server/testing/setup-file-state.ts',
			'src/lib/server/testing/setup-data-dir.ts'
		],
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// PGlite is CPU-bound; two cores run two files at a time best.
		maxWorkers: 2,
		pool: 'forks',
		// Each project names its own files: `extends: true` would add a root `include` to both.
		projects: [
			{
				// Importing the app's modules costs about a second per file; without isolation a
				// worker imports them once and its files share them. setup-file-state.ts resets
				// what a file may leave behind (environment, configuration, jobs, timers, databases).
				extends: true,
				test: {
					name: 'shared',
					isolate: false,
					include: ALL_TESTS,
					exclude: [...configDefaults.exclude, ...ISOLATED_TESTS]
				}
			},
			{
				extends: true,
				test: {
					name: 'isolated',
					include: ISOLATED_TESTS,
					// The CLI opens a real PGlite directory (initdb and all migrations) per command:
					// seconds on an idle machine, minutes on a loaded one.
					testTimeout: 180_000,
					hookTimeout: 180_000
				}
			}
		]
	}
});
