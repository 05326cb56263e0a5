import path from 'node:path';
import { openPglite } from '../../db/client';
import { openConfiguredDatabase } from '../../db/open';
import { useDatabase } from '../../db';
import { migratedPgliteData } from '../../testing/test-db';
import { runCli } from '../program';

/** Runs the CLI in this process with the given arguments; its output is captured, not printed. */
export async function cli(
	...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
	let stdout = '';
	let stderr = '';
	const code = await runCli(['node', 'cli.ts', ...args], {
		stdout: (text) => (stdout += text),
		stderr: (text) => (stderr += text)
	});
	return { code, stdout, stderr };
}

/** Opens the CLI's data directory the way the CLI does, does something, closes it again. */
export async function inCliDatabase<T>(work: () => Promise<T>): Promise<T> {
	const handle = await openConfiguredDatabase();
	useDatabase(handle);
	try {
		return await work();
	} finally {
		await handle.close();
	}
}

/**
 * Gives a data directory the migrated PGlite database of the run's template, as if the platform
 * had started there once: the CLI then finds it instead of running initdb and every migration
 * (about three times the CPU of this copy). Tests of how the CLI creates a database go without.
 */
export async function prepareCliDataDir(dataDir: string): Promise<void> {
	const handle = await openPglite(path.join(dataDir, 'pgdata'), await migratedPgliteData());
	await handle.close();
}
