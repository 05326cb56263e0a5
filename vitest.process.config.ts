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
		// Each test starts CPU-heavy processes (PGlite, the app), but most of a test's time is spent
		// waiting for a process to start or stop: two files at a time keep both cores busy. Every
		// file has its own data folders, ports and databases, and no assertion depends on speed
		// beyond generous limits.
		maxWorkers: 2,
		pool: 'forks'
	}
});
