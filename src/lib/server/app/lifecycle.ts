import { databaseHandle, hasDatabase, useDatabase } from '../db';
import { openConfiguredDatabase } from '../db/open';
import { env } from '../config/env';

type Hook = () => Promise<void> | void;

const startHooks: { name: string; run: Hook }[] = [];
const stopHooks: { name: string; run: Hook }[] = [];

/**
 * Capabilities register what they need at start (load state data, start the job queue …) and at
 * shutdown. Start hooks run in registration order after the database is open and migrated;
 * stop hooks run in reverse order before the database closes.
 */
export function onStart(name: string, run: Hook): void {
	startHooks.push({ name, run });
}

export function onStop(name: string, run: Hook): void {
	stopHooks.push({ name, run });
}

let started: Promise<void> | undefined;
let stopping: Promise<void> | undefined;

export function startApp(): Promise<void> {
	started ??= (async () => {
		env();
		if (!hasDatabase()) useDatabase(await openConfiguredDatabase());
		for (const hook of startHooks) await hook.run();
	})();
	return started;
}

export function stopApp(): Promise<void> {
	stopping ??= (async () => {
		for (const hook of [...stopHooks].reverse()) {
			try {
				await hook.run();
			} catch (error) {
				console.error(`Beim Beenden von „${hook.name}“ ist ein Fehler aufgetreten:`, error);
			}
		}
		if (hasDatabase()) await databaseHandle().close();
	})();
	return stopping;
}
