import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockFile, pgControlState, ROOT, tempFile } from './support/paths';
import { preparedDataDir } from './support/prepared';
import { runToEnd, startProcess, waitFor } from './support/processes';

const FIXTURE = path.join(ROOT, 'tests/process/fixtures/db-writer.ts');

async function fixture(dataDir: string, ...args: string[]): Promise<string> {
	const result = await runToEnd(process.execPath, ['--import', 'tsx', FIXTURE, ...args], {
		DATA_DIR: dataDir
	});
	expect(result.stderr).toBe('');
	expect(result.code).toBe(0);
	return result.stdout.trim();
}

describe('Ctrl+C during a restore', () => {
	it('rolls back, closes the database and ends with exit code 130', async () => {
		const source = preparedDataDir();
		await fixture(source, 'bulk', '60000');
		const file = tempFile('gross.kn.gz');
		const backup = await runToEnd('npm', ['run', 'cli', '--', 'backup', file], {
			DATA_DIR: source
		});
		expect(backup.code).toBe(0);
		expect(backup.stderr).toContain('… 60.000 Zeilen gesichert');

		// An installation that already has data (the state's, loaded at its first start): what
		// it held before must be exactly what it holds after the interrupted replacement.
		const target = preparedDataDir();
		const before = await fixture(target, 'count');
		// The CLI itself rather than through npm: npm exits at once on Ctrl+C and leaves the
		// command to finish its rollback behind it, so only the CLI's own exit code tells.
		const restore = startProcess(
			process.execPath,
			['--import', 'tsx', path.join(ROOT, 'scripts/cli.ts'), 'restore', '--force', file],
			{ DATA_DIR: target }
		);
		// Interrupt once rows are going in, well before the last of them.
		await waitFor(
			() => restore.stderr().includes('… 10.000 Zeilen eingespielt'),
			90_000,
			() => `Die Wiederherstellung kam nicht voran:\n${restore.output()}`
		);
		restore.signalGroup('SIGINT');
		const exit = await restore.exited;
		expect(exit.code).toBe(130);
		expect(restore.stderr()).toContain('Abgebrochen. Die Datenbank ist unverändert.');
		expect(restore.stdout()).not.toContain('Wiederhergestellt');
		expect(fs.existsSync(lockFile(target))).toBe(false);
		expect(pgControlState(target)).toBe('shut down');
		expect(await fixture(target, 'count')).toBe(before);
	});
});
