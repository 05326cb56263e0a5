import { openConfiguredDatabase } from '../../db/open';
import { useDatabase } from '../../db';
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
