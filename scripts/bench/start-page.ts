// Start page benchmark (issue 7: "public pages are fast"): starts the built app as the demo
// instance on PGlite in a temporary folder, then measures with autocannon how many requests per
// second it answers for `/` as an anonymous visitor — rendered in full, and revalidated with the
// ETag (a 304, what browsers and a caching proxy ask for). Exit code 1 under the goal.
// Needs a build (`npx vite build`).
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * Full renders per second of the start page by one process on PGlite (two shared cores here).
 * More comes from a caching proxy in front: the page is public for 30 s in shared caches.
 */
const GOAL_RPS = 25;
const DURATION_SECONDS = Number(process.env.BENCH_START_PAGE_SECONDS ?? 10);
const CONNECTIONS = 8;

if (!existsSync('build/handler.js')) {
	console.error('Kein Build gefunden (build/handler.js). Zuerst bauen: npx vite build');
	process.exit(1);
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		try {
			if ((await fetch(`${url}/healthz`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`Die App unter ${url} ist nicht rechtzeitig bereit geworden.`);
}

async function measure(url: string, headers: Record<string, string>, expectedStatus: number) {
	const result = await autocannon({
		url,
		headers,
		connections: CONNECTIONS,
		duration: DURATION_SECONDS
	});
	const answered = result['2xx'] + result['3xx'];
	if (result.errors > 0 || result.non2xx - result['3xx'] > 0 || answered === 0)
		throw new Error(`Fehlerhafte Antworten: ${result.errors} Fehler, ${result.non2xx} nicht 2xx.`);
	const status = (await fetch(url, { headers })).status;
	if (status !== expectedStatus) throw new Error(`Status ${status}, erwartet ${expectedStatus}.`);
	return {
		rps: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99
	};
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kn-bench-start-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const app = spawn(process.execPath, ['scripts/start.js', '--demo'], {
	env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' },
	stdio: ['ignore', 'ignore', 'inherit']
});
try {
	console.log('Benchmark: Startseite als Gast (Demo-Instanz, PGlite, ein Prozess)\n');
	await waitForHealth(base, 180_000);
	const first = await fetch(`${base}/`);
	const etag = first.headers.get('etag');
	if (first.status !== 200 || !etag) throw new Error('Die Startseite kam ohne ETag.');
	console.log(`Cache-Control: ${first.headers.get('cache-control')}`);
	// Warm up (compiled templates, query plans).
	await measure(`${base}/`, {}, 200);
	const full = await measure(`${base}/`, {}, 200);
	const revalidated = await measure(`${base}/`, { 'if-none-match': etag }, 304);
	const line = (label: string, m: typeof full) =>
		console.log(
			`${label.padEnd(36)} ${m.rps.toFixed(0).padStart(6)} Anfragen/s   p50 ${m.p50} ms   p99 ${m.p99} ms`
		);
	line('voll gerendert (200)', full);
	line('mit ETag bestätigt (304)', revalidated);
	if (full.rps < GOAL_RPS) {
		console.error(`\nZu langsam: ${full.rps.toFixed(0)} Anfragen/s (Ziel ≥ ${GOAL_RPS}).`);
		process.exitCode = 1;
	}
} finally {
	app.kill('SIGTERM');
	await new Promise((resolve) => app.once('exit', resolve));
	rmSync(dataDir, { recursive: true, force: true });
}
