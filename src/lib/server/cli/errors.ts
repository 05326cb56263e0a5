import { ConfigError } from '../config/env';
import { DataDirLockedError } from '../db/datadir-lock';

/** Exit codes of `npm run cli`; scripts and the process tests rely on them. */
export const EXIT = {
	ok: 0,
	/** Bad configuration, bad input, refused or failed command. */
	failed: 1,
	/** PGlite's data directory is held by another process, usually the running server. */
	dataDirLocked: 2,
	/** Stopped with Ctrl+C or SIGTERM; nothing was changed. */
	interrupted: 130
} as const;

/** A failure the command explains itself; shown as it is, without a stack trace. */
export class CliError extends Error {
	constructor(
		message: string,
		readonly exitCode: number = EXIT.failed
	) {
		super(message);
		this.name = 'CliError';
	}
}

/** Domain errors whose message is already written for the person at the terminal. */
const EXPLAINED = new Set([
	'BackupFileError',
	'BackupIncompatibleError',
	'DatabaseNotEmptyError',
	'CliError'
]);

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT']);

export interface Failure {
	message: string;
	exitCode: number;
	/** Only for errors nobody foresaw: the stack helps whoever debugs it. */
	detail?: string;
}

/** Turns whatever a command threw into a German message and an exit code. */
export function describeFailure(error: unknown): Failure {
	if (error instanceof DataDirLockedError)
		return { message: error.message, exitCode: EXIT.dataDirLocked };
	if (error instanceof ConfigError) return { message: error.message, exitCode: EXIT.failed };
	if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
	if (error instanceof Error && EXPLAINED.has(error.name))
		return { message: error.message, exitCode: EXIT.failed };
	if (isAbort(error))
		return {
			message: 'Abgebrochen. Die Datenbank ist unverändert.',
			exitCode: EXIT.interrupted
		};
	const code = (error as { code?: unknown } | null)?.code;
	if (typeof code === 'string' && CONNECTION_CODES.has(code))
		return {
			message: `Die PostgreSQL-Datenbank aus DATABASE_URL ist nicht erreichbar (${code}).`,
			exitCode: EXIT.failed
		};
	if (code === '28P01' || code === '28000' || code === '3D000')
		return {
			message: `Anmeldung an der PostgreSQL-Datenbank aus DATABASE_URL fehlgeschlagen: ${(error as Error).message}`,
			exitCode: EXIT.failed
		};
	const message = error instanceof Error ? error.message : String(error);
	return {
		message: `Unerwarteter Fehler: ${message}`,
		exitCode: EXIT.failed,
		detail: error instanceof Error ? error.stack : undefined
	};
}

function isAbort(error: unknown): boolean {
	return error instanceof Error && (error.name === 'AbortError' || error.name === 'CliAbort');
}
