import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startApp } from './support/app';
import { lockFile, pgControlState, tempDataDir } from './support/paths';
import { preparedDatabase, preparedDataDir } from './support/prepared';
import { adminUrl } from './support/postgres';

describe('clean shutdown', () => {
	for (const signal of ['SIGTERM', 'SIGINT'] as const) {
		it(`stops on ${signal} within seconds, closes PGlite and removes the lock`, async () => {
			const dataDir = preparedDataDir();
			const app = await startApp({ dataDir });
			expect(fs.readFileSync(lockFile(dataDir), 'utf8').trim()).toBe(String(app.child.pid));
			// A kept-alive connection from an earlier request must not hold the shutdown up.
			expect((await fetch(`${app.url}/`)).status).toBe(200);
			expect(pgControlState(dataDir)).toBe('in production');

			const exit = await app.stop(signal);
			expect(exit).toMatchObject({ code: 0, signal: null });
			expect(exit.ms).toBeLessThan(10_000);
			expect(app.output()).toContain(`${signal} empfangen`);
			expect(fs.existsSync(lockFile(dataDir))).toBe(false);
			// PostgreSQL (inside PGlite) records a clean shut-down only when it was closed properly.
			expect(pgControlState(dataDir)).toBe('shut down');
		});
	}

	it.runIf(adminUrl)('stops on SIGTERM with PostgreSQL too', async () => {
		const app = await startApp({ dataDir: tempDataDir(), databaseUrl: await preparedDatabase() });
		const exit = await app.stop('SIGTERM');
		expect(exit).toMatchObject({ code: 0, signal: null });
		expect(exit.ms).toBeLessThan(10_000);
	});
});
