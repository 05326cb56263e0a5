import path from 'node:path';
import { ROOT } from './paths';
import { freePort, startProcess, type Exit, type Started } from './processes';

export interface AppOptions {
	dataDir: string;
	databaseUrl?: string;
	env?: Record<string, string>;
	/** Resolve only once /healthz answers 200 (default), else right after spawning. */
	waitUntilHealthy?: boolean;
}

export interface App extends Started {
	port: number;
	url: string;
	healthz(): Promise<{ status: number; body: unknown }>;
	/** Sends the signal and waits for the exit; fails if it takes longer than `timeoutMs`. */
	stop(signal: NodeJS.Signals, timeoutMs?: number): Promise<Exit & { ms: number }>;
}

/** Starts the built platform the way `npm start` does: `node scripts/start.js`. */
export async function startApp(options: AppOptions): Promise<App> {
	const port = await freePort();
	const env: Record<string, string> = {
		HOST: '127.0.0.1',
		PORT: String(port),
		DATA_DIR: options.dataDir,
		...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
		...options.env
	};
	const started = startProcess(process.execPath, [path.join(ROOT, 'scripts/start.js')], env);
	const url = `http://127.0.0.1:${port}`;
	const app: App = {
		...started,
		port,
		url,
		async healthz() {
			const response = await fetch(`${url}/healthz`);
			return { status: response.status, body: await response.json().catch(() => null) };
		},
		async stop(signal, timeoutMs = 15_000) {
			const begin = Date.now();
			started.child.kill(signal);
			let timer: NodeJS.Timeout | undefined;
			const timeout = new Promise<never>((_, reject) => {
				timer = setTimeout(
					() => reject(new Error(`Nach ${signal} nicht beendet:\n${started.output()}`)),
					timeoutMs
				);
			});
			try {
				const exit = await Promise.race([started.exited, timeout]);
				return { ...exit, ms: Date.now() - begin };
			} finally {
				clearTimeout(timer);
			}
		}
	};
	if (options.waitUntilHealthy !== false) await untilHealthy(app);
	return app;
}

async function untilHealthy(app: App, timeoutMs = 90_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	let exited: Exit | undefined;
	void app.exited.then((exit) => (exited = exit));
	while (Date.now() < deadline) {
		if (exited)
			throw new Error(
				`Die App hat sich beim Start beendet (Code ${exited.code}):\n${app.output()}`
			);
		try {
			if ((await app.healthz()).status === 200) return;
		} catch {
			// not listening yet
		}
		// A refused connection costs nothing; a coarse interval would add its half to every start.
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`Die App wurde nicht rechtzeitig bereit:\n${app.output()}`);
}
