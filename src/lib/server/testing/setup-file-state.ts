import { afterAll, vi } from 'vitest';
import { resetEnvForTests } from '../config/env';
import { isJobQueueRunning, stopJobQueue } from '../jobs/queue';
import { clearJobRegistryForTests } from '../jobs/registry';
import { closeMailTransport } from '../mail/mailer';
import { closeTestDatabases } from './test-db';

/**
 * Every test file starts from the same process state. Test files of one worker share a process
 * and, with `isolate: false` (vite.config.ts), one module graph: what a file leaves behind —
 * environment variables, the parsed configuration, registered jobs, fake timers, spies, open
 * databases — would otherwise reach the next file and make its result depend on the order.
 * Setup files run again before each file even when modules are cached, so this runs per file.
 */
const PRISTINE_ENV = Symbol.for('kommunalnetz.vitest.pristine-env');
const store = globalThis as { [PRISTINE_ENV]?: Record<string, string | undefined> };
// The environment the worker started with, taken before any test file ran.
const pristine = (store[PRISTINE_ENV] ??= { ...process.env });

/** Vitest's own variables (VITEST_WORKER_ID …) change per file: they are not ours to restore. */
function isVitestOwn(key: string): boolean {
	return key.startsWith('VITEST');
}

function restoreEnvironment(): void {
	vi.unstubAllEnvs();
	for (const key of Object.keys(process.env)) {
		if (!(key in pristine) && !isVitestOwn(key)) delete process.env[key];
	}
	for (const [key, value] of Object.entries(pristine)) {
		if (!isVitestOwn(key) && process.env[key] !== value) process.env[key] = value;
	}
	resetEnvForTests();
}

function resetProcessState(): void {
	restoreEnvironment();
	vi.useRealTimers();
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
	clearJobRegistryForTests();
}

// Also at the start: a file that crashed before its afterAll must not leave its state behind.
resetProcessState();

// Registered before the file's own hooks, so it runs after them (after-hooks run in reverse).
afterAll(async () => {
	// Files stop the queues they start; one that failed half-way must not leave pg-boss polling
	// a closed database while the next file runs.
	if (isJobQueueRunning()) await stopJobQueue(0);
	await closeTestDatabases();
	// The SMTP pool is kept per address: the next file's catcher may get the same port again.
	closeMailTransport();
	resetProcessState();
});
