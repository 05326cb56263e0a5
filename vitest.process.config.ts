import { defineConfig } from 'vitest/config';

/**
 * Process-level tests: they start the built app (`node scripts/start.js`), the CLI and small
 * scripts as real processes and send them signals. Run after `npx vite build`:
 *   npx vitest run --config vitest.process.config.ts
 */
export default defineConfig({
	test: {
		include: ['tests/process/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/process/global-setup.ts'],
		setupFiles: ['tests/process/support/setup.ts'],
		testTimeout: 120_000,
		hookTimeout: 120_000,
		// Each test starts CPU-heavy processes (PGlite, the app); one file at a time on 2 cores.
		fileParallelism: false,
		pool: 'forks'
	}
});
