/**
 * Playwright's one web server: starts the SMTP catcher and both app instances side by side
 * (`run-smtp-catcher.ts`, `run-instance.ts demo|empty`) and prints „Alle Testserver bereit“ once
 * each answers (playwright.config.ts waits for that line).
 *
 * Playwright starts the entries of `webServer` one after the other, each when the one before
 * answers, so the empty instance (initdb, migrations, state data) waited for the demo's seeding:
 * 30–40 s per run with one of the two cores idle for much of it.
 *
 * Stopping: Playwright sends SIGTERM to the whole process group, so every child gets it too;
 * this process waits until all have cleaned up (databases dropped, data folders removed). If a
 * child ends on its own, the run cannot go on: the others are stopped and the exit code is 1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import process from 'node:process';
import { e2e } from '../environment';

const environment = e2e();
const SERVERS = [
	{ name: 'smtp', args: ['run-smtp-catcher.ts'], ready: `${environment.mailApiUrl}/mails` },
	{ name: 'demo', args: ['run-instance.ts', 'demo'], ready: `${environment.demo.url}/healthz` },
	{ name: 'empty', args: ['run-instance.ts', 'empty'], ready: `${environment.empty.url}/healthz` }
];
const POLL_MS = 250;

let stopping = false;
const running = new Set<ChildProcess>();
const exited: Promise<void>[] = [];

for (const server of SERVERS) {
	const [script, ...args] = server.args;
	const child = spawn(
		process.execPath,
		['--import', 'tsx', new URL(script!, import.meta.url).pathname, ...args],
		{ stdio: 'inherit' }
	);
	running.add(child);
	exited.push(
		new Promise((resolve) =>
			child.once('exit', (code, signal) => {
				running.delete(child);
				if (!stopping) {
					console.error(`Testserver ${server.name} hat sich beendet (${signal ?? code}).`);
					void stop(1);
				}
				resolve();
			})
		)
	);
}

async function answers(url: string): Promise<boolean> {
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
		await response.body?.cancel();
		return response.ok;
	} catch {
		return false;
	}
}

async function stop(code: number): Promise<void> {
	if (stopping) return;
	stopping = true;
	for (const child of running) child.kill('SIGTERM');
	await Promise.all(exited);
	process.exit(code);
}

process.once('SIGTERM', () => void stop(0));
process.once('SIGINT', () => void stop(0));

// Playwright's own timeout (playwright.config.ts) ends the wait if one never answers.
const waiting = new Set(SERVERS.map((server) => server.ready));
while (waiting.size > 0 && !stopping) {
	for (const url of [...waiting]) if (await answers(url)) waiting.delete(url);
	if (waiting.size > 0) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
}
if (!stopping) console.log('Alle Testserver bereit');
