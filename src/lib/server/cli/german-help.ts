import type { Command, HelpConfiguration, OutputConfiguration } from 'commander';

/**
 * Commander writes its help and its usage errors in English; these hooks put them into German
 * without replacing commander's layout logic.
 */
const TITLES: Record<string, string> = {
	'Usage:': 'Aufruf:',
	'Options:': 'Optionen:',
	'Commands:': 'Befehle:',
	'Arguments:': 'Argumente:',
	'Global Options:': 'Allgemeine Optionen:'
};

function germanPlaceholders(text: string): string {
	return text.replaceAll('[options]', '[optionen]').replaceAll('[command]', '[befehl]');
}

export const germanHelp: HelpConfiguration = {
	styleTitle: (title) => TITLES[title] ?? title,
	styleUsage: germanPlaceholders,
	styleSubcommandTerm: germanPlaceholders
};

const ERRORS: [RegExp, (...groups: string[]) => string][] = [
	[/^error: missing required argument '(.+)'$/, (name) => `Das Argument <${name}> fehlt.`],
	[/^error: unknown command '(.+)'$/, (name) => `Unbekannter Befehl „${name}“.`],
	[/^error: unknown option '(.+)'$/, (flag) => `Unbekannte Option „${flag}“.`],
	[/^error: option '(.+)' argument missing$/, (flag) => `Bei der Option „${flag}“ fehlt der Wert.`],
	[
		/^error: required option '(.+)' not specified$/,
		(flag) => `Die Option „${flag}“ muss angegeben werden.`
	],
	[
		/^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
		(command, expected, got) =>
			`Zu viele Argumente${command ? ` für „${command}“` : ''}: erwartet ${expected}, erhalten ${got}.`
	],
	[/^\(Did you mean (.+)\?\)$/, (suggestion) => `(Meinten Sie ${suggestion}?)`]
];

export function translateCommanderMessage(text: string): string {
	return text
		.split('\n')
		.map((line) => {
			for (const [pattern, translate] of ERRORS) {
				const match = pattern.exec(line);
				if (match) return `Fehler: ${translate(...match.slice(1))}`.replace('Fehler: (', '(');
			}
			return line.replace(/^error: /, 'Fehler: ');
		})
		.join('\n');
}

export function germanOutput(output: {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
}): OutputConfiguration {
	return {
		writeOut: output.stdout,
		writeErr: output.stderr,
		outputError: (text, write) => write(translateCommanderMessage(text))
	};
}

/** Help option and help command in German, on the program and (inherited) every command. */
export function useGermanHelp(program: Command): Command {
	return program
		.helpOption('-h, --help', 'diese Hilfe anzeigen')
		.helpCommand('help [befehl]', 'Hilfe zu einem Befehl anzeigen')
		.configureHelp(germanHelp)
		.showHelpAfterError('(Hilfe: npm run cli -- --help)');
}
