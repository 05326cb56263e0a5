import type { Command } from 'commander';
import { env } from '../config/env';
import { databaseHandle, useDatabase, type DatabaseHandle } from '../db';

export interface DatabaseOptions {
	/**
	 * Run the start-up steps the server runs (state data, job queue in send-only mode …) as well.
	 * Commands that only read or replace data leave this off, so they find the database as it is.
	 */
	boot?: boolean;
}

/** What a command gets besides its arguments. */
export interface CliContext {
	/**
	 * Opens the configured database exactly as the server does (same DATA_DIR or DATABASE_URL,
	 * migrated, PGlite's directory locked), runs `work`, and closes it again whatever happens.
	 */
	withDatabase<T>(
		work: (handle: DatabaseHandle) => Promise<T>,
		options?: DatabaseOptions
	): Promise<T>;
	/** Aborted by Ctrl+C or SIGTERM; long commands check it between steps. */
	signal: AbortSignal;
	/** A line of the command's result, on standard output. */
	print(line: string): void;
	/** A line of progress or warning, on standard error, so `--json` output stays clean. */
	note(line: string): void;
}

/** One CLI command per file in ./commands, each exporting this as default. */
export interface CliCommand {
	register(program: Command, context: CliContext): void;
}

export function createContext(
	signal: AbortSignal,
	output: { stdout: (text: string) => void; stderr: (text: string) => void }
): CliContext {
	return {
		signal,
		print: (line) => output.stdout(`${line}\n`),
		note: (line) => output.stderr(`${line}\n`),
		async withDatabase(work, options = {}) {
			// A wrong setting is reported before anything heavy loads or any file is touched.
			env();
			// Loaded here rather than at the top: every CLI start imports every command, and the
			// app's start-up graph (all capabilities, the job queue) and the database drivers cost
			// seconds that commands which fail early or print help should not pay.
			if (options.boot) {
				const [{ boot, shutdown }, { setJobQueueMode }] = await Promise.all([
					import('../app/boot'),
					import('../jobs/process-jobs')
				]);
				// A command enqueues jobs for the server or the workers; it never works them itself.
				setJobQueueMode('send-only');
				try {
					await boot();
					signal.throwIfAborted();
					return await work(databaseHandle());
				} finally {
					await shutdown();
				}
			}
			const { openConfiguredDatabase } = await import('../db/open');
			const handle = await openConfiguredDatabase();
			try {
				useDatabase(handle);
				signal.throwIfAborted();
				return await work(handle);
			} finally {
				await handle.close();
			}
		}
	};
}
