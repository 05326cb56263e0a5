import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import packageJson from '../../../../package.json';
import { env } from '../config/env';
import { createContext, type CliCommand, type CliContext } from './context';
import { describeFailure, EXIT } from './errors';
import { germanOutput, useGermanHelp } from './german-help';

export interface CliOutput {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
}

const processOutput: CliOutput = {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text)
};

/** A second Ctrl+C later than this ends the process at once, without waiting for the rollback. */
const REPEATED_SIGNAL_MS = 1000;

const commandsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'commands');

/**
 * Every file in ./commands is one command: adding a command means adding a file there that
 * default-exports a CliCommand, nothing else. A file named like its command (`oparl:sync` in
 * oparl-sync.ts) is the only one a run of that command imports: each command pulls in its part
 * of the app, and importing all of them cost every run a second or more. Help, the version and
 * unknown names load them all, for the overview and commander's suggestions.
 */
async function loadCommands(argv: string[]): Promise<CliCommand[]> {
	const files = fs
		.readdirSync(commandsFolder)
		.filter((name) => /\.(ts|js)$/.test(name) && !/\.(test|d)\.(ts|js)$/.test(name))
		.sort();
	const named = argv[2]?.replaceAll(':', '-');
	const own = files.filter((name) => name.replace(/\.(ts|js)$/, '') === named);
	const commands: CliCommand[] = [];
	for (const name of own.length > 0 ? own : files) {
		const module = (await import(pathToFileURL(path.join(commandsFolder, name)).href)) as {
			default?: CliCommand;
		};
		if (typeof module.default?.register !== 'function')
			throw new Error(`${name} in ${commandsFolder} exportiert keinen CLI-Befehl`);
		commands.push(module.default);
	}
	return commands;
}

/** The program for one run; `argv` (node, script, arguments) decides which commands load. */
export async function createProgram(
	context: CliContext,
	output: CliOutput,
	argv: string[]
): Promise<Command> {
	const program = useGermanHelp(new Command('npm run cli --'))
		.description(
			'Verwaltungsbefehle für Kommunalnetz. Sie nutzen dieselbe Konfiguration wie der Server ' +
				'(DATA_DIR oder DATABASE_URL).'
		)
		.version(packageJson.version, '-V, --version', 'Version anzeigen')
		.configureOutput(germanOutput(output))
		.exitOverride()
		.addHelpText(
			'after',
			'\nRückgabewerte: 0 erfolgreich, 1 Fehler, 2 Datenverzeichnis belegt (erst den Server ' +
				'beenden), 130 abgebrochen.'
		);
	for (const command of await loadCommands(argv)) command.register(program, context);
	return program;
}

/**
 * Runs one CLI invocation and returns its exit code. Ctrl+C or SIGTERM ask the running command to
 * stop at its next step, roll back and close the database; a second signal ends the process.
 */
export async function runCli(argv: string[], output: CliOutput = processOutput): Promise<number> {
	const controller = new AbortController();
	let firstSignalAt: number | undefined;
	const onSignal = (signal: NodeJS.Signals) => {
		if (firstSignalAt === undefined) {
			firstSignalAt = Date.now();
			output.stderr(`${signal} empfangen: wird abgebrochen und zurückgerollt …\n`);
			controller.abort();
			return;
		}
		// npm and tsx pass a terminal's Ctrl+C on as well: the same keypress may arrive twice.
		if (Date.now() - firstSignalAt > REPEATED_SIGNAL_MS) process.exit(EXIT.interrupted);
	};
	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);
	try {
		const program = await createProgram(createContext(controller.signal, output), output, argv);
		await program.parseAsync(argv);
		return EXIT.ok;
	} catch (error) {
		// Commander has already printed its (translated) message or the help text.
		if (error instanceof CommanderError) return error.exitCode;
		const failure = describeFailure(error);
		output.stderr(`Fehler: ${failure.message}\n`);
		if (failure.detail && debugLogging()) output.stderr(`${failure.detail}\n`);
		else if (failure.detail)
			output.stderr('Mehr Einzelheiten zeigt derselbe Befehl mit LOG_LEVEL=debug.\n');
		return failure.exitCode;
	} finally {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
	}
}

function debugLogging(): boolean {
	try {
		return env().LOG_LEVEL === 'debug';
	} catch {
		return false;
	}
}
