import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from './support/app';
import { lockFile, pgControlState, ROOT } from './support/paths';
import { preparedDataDir } from './support/prepared';
import { runToEnd, startProcess, waitFor } from './support/processes';

const WRITER = path.join(ROOT, 'tests/process/fixtures/db-writer.ts');

function committedIds(stdout: string): number[] {
	// The last line may be cut off mid-write by the kill; only complete lines count.
	return stdout
		.split('\n')
		.slice(0, -1)
		.map(Number)
		.filter((id) => Number.isInteger(id) && id > 0);
}

function withoutNonces(html: string): string {
	return html.replace(/nonce(-|=")[^"' ]+/g, 'nonce');
}

describe('kill -9', () => {
	it('keeps every row a killed writer had committed', async () => {
		const dataDir = preparedDataDir();
		const writer = startProcess(process.execPath, ['--import', 'tsx', WRITER, 'write'], {
			DATA_DIR: dataDir
		});
		await waitFor(
			() => committedIds(writer.stdout()).length >= 300,
			90_000,
			() => `Der Schreibprozess kam nicht voran:\n${writer.output()}`
		);
		writer.child.kill('SIGKILL');
		expect(await writer.exited).toMatchObject({ signal: 'SIGKILL' });
		const printed = committedIds(writer.stdout());
		// It died with the database open: no clean shut-down, and its lock file is left behind.
		expect(pgControlState(dataDir)).toBe('in production');
		expect(fs.existsSync(lockFile(dataDir))).toBe(true);

		const reader = await runToEnd(process.execPath, ['--import', 'tsx', WRITER, 'read'], {
			DATA_DIR: dataDir
		});
		expect(reader.stderr).toBe('');
		expect(reader.code).toBe(0);
		const stored = JSON.parse(reader.stdout) as number[];
		expect(stored).toEqual(expect.arrayContaining(printed));
		// At most the one row committed between the INSERT returning and its id being printed.
		expect(stored.length - printed.length).toBeLessThanOrEqual(1);
		expect(stored).toEqual(stored.map((_, index) => index + 1));
		expect(pgControlState(dataDir)).toBe('shut down');
	});

	it('restarts a killed server on the same DATA_DIR (stale lock detected)', async () => {
		const dataDir = preparedDataDir();
		const first = await startApp({ dataDir });
		const startPage = await (await fetch(`${first.url}/`)).text();
		first.child.kill('SIGKILL');
		await first.exited;
		expect(fs.readFileSync(lockFile(dataDir), 'utf8').trim()).toBe(String(first.child.pid));

		const second = await startApp({ dataDir });
		expect(await second.healthz()).toEqual({
			status: 200,
			body: { status: 'ok', database: 'pglite' }
		});
		expect(fs.readFileSync(lockFile(dataDir), 'utf8').trim()).toBe(String(second.child.pid));
		// The start page lists the councils the first server loaded: same data, same page (its
		// canonical address names the port, which differs between the two servers).
		const secondPage = await (await fetch(`${second.url}/`)).text();
		expect(withoutNonces(secondPage.replaceAll(second.url, 'ORIGIN'))).toBe(
			withoutNonces(startPage.replaceAll(first.url, 'ORIGIN'))
		);
		expect(await second.stop('SIGTERM')).toMatchObject({ code: 0 });
	});
});
