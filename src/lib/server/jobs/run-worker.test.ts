import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseUrl } from '../testing/test-db';
import { PGLITE_REFUSAL } from './run-worker';

/** Runs `scripts/worker.ts` as `npm run worker` does (tsx), with a clean environment. */
function runWorkerScript(env: Record<string, string>, onLine?: (line: string) => void) {
	const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
		env: { PATH: process.env.PATH ?? '', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	const collect = (chunk: Buffer) => {
		output += chunk.toString();
		for (const line of chunk.toString().split('\n')) if (line) onLine?.(line);
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	// 'close', not 'exit': at 'exit' the last lines may still be in the pipe (a CI run missed
	// "Worker beendet." this way).
	const exited = new Promise<{ code: number | null; output: string }>((resolve) =>
		child.once('close', (code) => resolve({ code, output }))
	);
	return { child, exited };
}

describe('npm run worker', () => {
	it('refuses to run on PGlite, in German, without touching the data directory', async () => {
		const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kn-worker-'));
		const { exited } = runWorkerScript({ DATA_DIR: dataDir });
		const { code, output } = await exited;
		expect(code).toBe(1);
		expect(output).toContain(PGLITE_REFUSAL);
		expect(fs.readdirSync(dataDir)).toEqual([]);
		fs.rmSync(dataDir, { recursive: true, force: true });
	});

	it.skipIf(!process.env.TEST_DATABASE_URL)(
		'works the queue on PostgreSQL and stops cleanly on SIGTERM (needs TEST_DATABASE_URL)',
		async () => {
			const handle = await createTestDatabase();
			let announce: () => void;
			const running = new Promise<void>((resolve) => (announce = resolve));
			const { child, exited } = runWorkerScript(
				{ DATABASE_URL: testDatabaseUrl(handle)! },
				(line) => line.includes('Worker läuft') && announce()
			);
			await Promise.race([running, exited]);
			const queues = await handle.query<{ name: string }>('SELECT name FROM pgboss.queue');
			expect(queues.rows.map((row) => row.name)).toEqual(
				expect.arrayContaining(['mail.deliver', 'mail.sweep', 'maintenance.prune-rate-limits'])
			);
			child.kill('SIGTERM');
			const { code, output } = await exited;
			expect(output).toContain('Worker beendet.');
			expect(code).toBe(0);
		},
		60_000
	);
});
