import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startApp } from './support/app';
import { lockFile, pgControlState, tempFile } from './support/paths';
import { preparedDataDir } from './support/prepared';
import { runToEnd } from './support/processes';

const STACK_TRACE = /^\s+at .+\(.+:\d+:\d+\)$/m;

describe('CLI while the server runs on PGlite', () => {
	it('explains in German that the server must stop first, exit code 2, server unharmed', async () => {
		const dataDir = preparedDataDir();
		const app = await startApp({ dataDir });
		const file = tempFile('sicherung.kn.gz');

		const result = await runToEnd('npm', ['run', 'cli', '--', 'backup', file], {
			DATA_DIR: dataDir
		});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(`Das Datenverzeichnis ${dataDir} wird gerade von einem`);
		expect(result.stderr).toContain(`(PID ${app.child.pid})`);
		expect(result.stderr).toMatch(/Server zuerst beenden/);
		expect(result.stderr).not.toMatch(STACK_TRACE);
		expect(fs.existsSync(file)).toBe(false);

		expect(await app.healthz()).toEqual({
			status: 200,
			body: { status: 'ok', database: 'pglite' }
		});
		expect(fs.readFileSync(lockFile(dataDir), 'utf8').trim()).toBe(String(app.child.pid));
		expect(await app.stop('SIGTERM')).toMatchObject({ code: 0 });

		// Once the server is gone, the same command works on the same directory.
		const after = await runToEnd('npm', ['run', 'cli', '--', 'backup', file], {
			DATA_DIR: dataDir
		});
		expect(after.stderr).toBe('');
		expect(after.code).toBe(0);
		expect(after.stdout).toContain(`Sicherung geschrieben: ${file}`);
		expect(fs.statSync(file).size).toBeGreaterThan(100);
		expect(pgControlState(dataDir)).toBe('shut down');
		expect(fs.existsSync(lockFile(dataDir))).toBe(false);
	});
});
