import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '../config/env';
import { jobQueueMode } from '../jobs/process-jobs';
import { createContext } from './context';
import { prepareCliDataDir } from './testing/cli-harness';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-cli-context-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('withDatabase', () => {
	it('runs the start-up steps on request, never works jobs, and closes everything', async () => {
		const dataDir = path.join(folder, 'data');
		process.env.DATA_DIR = dataDir;
		delete process.env.DATABASE_URL;
		resetEnvForTests();
		await prepareCliDataDir(dataDir);
		const lines: string[] = [];
		const context = createContext(new AbortController().signal, {
			stdout: (text) => lines.push(text),
			stderr: (text) => lines.push(text)
		});
		const units = await context.withDatabase(
			async (handle) => {
				expect(fs.existsSync(path.join(dataDir, 'kommunalnetz.pid'))).toBe(true);
				const { rows } = await handle.query<{ n: number }>(
					'SELECT count(*)::int AS n FROM territorial_unit'
				);
				return rows[0]!.n;
			},
			{ boot: true }
		);
		// The state data are a start-up step; without boot the database would still be empty.
		expect(units).toBeGreaterThan(0);
		expect(jobQueueMode()).toBe('send-only');
		expect(fs.existsSync(path.join(dataDir, 'kommunalnetz.pid'))).toBe(false);
	});
});
