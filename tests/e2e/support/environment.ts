/**
 * Where this e2e run's servers live. Decided once, in the Playwright main process, when
 * playwright.config.ts loads; kept in `process.env.KN_E2E` so that the web servers and the worker
 * processes (which inherit the environment and load the config again) see the same values.
 *
 * Specs rarely need this directly: `baseURL` is the demo instance; use `e2e().empty.url` and
 * `readSetupLink()` (instances.ts) for the empty instance, `waitForMail()` (mail.ts) for mails.
 *
 * Variables read: E2E_DATABASE_URL (admin URL of a PostgreSQL server: each instance then gets a
 * fresh database there instead of PGlite), E2E_PORT_BASE (first port to try instead of ports the
 * system picks; handy to stay inside an agreed range), E2E_KEEP_DATA=1 (keep data folders).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

export interface InstanceEnvironment {
	name: 'demo' | 'empty';
	url: string;
	port: number;
	dataDir: string;
	/** A fresh database on the E2E_DATABASE_URL server; unset on PGlite. */
	databaseUrl?: string;
}

export interface E2eEnvironment {
	runId: string;
	demo: InstanceEnvironment;
	empty: InstanceEnvironment;
	smtpPort: number;
	/** HTTP read access to the caught mails (SmtpCatcher.serveHttp). */
	mailApiUrl: string;
	/** Scratch folder of the run (saved sign-ins), removed by the global teardown. */
	stateDir: string;
	database: 'pglite' | 'postgres';
}

/** Database names of e2e runs start with this, followed by the run's start time in seconds. */
export const E2E_DATABASE_PREFIX = 'kommunalnetz_e2e_';

export function e2e(): E2eEnvironment {
	if (!process.env.KN_E2E) process.env.KN_E2E = JSON.stringify(createEnvironment());
	return JSON.parse(process.env.KN_E2E) as E2eEnvironment;
}

function createEnvironment(): E2eEnvironment {
	const [demoPort, emptyPort, smtpPort, mailPort] = freePorts(4);
	const runId = `${Math.floor(Date.now() / 1000)}_${randomBytes(3).toString('hex')}`;
	const root = path.join(os.tmpdir(), `kn-e2e-${runId}`);
	const server = process.env.E2E_DATABASE_URL || undefined;
	const instance = (name: 'demo' | 'empty', port: number): InstanceEnvironment => ({
		name,
		port,
		url: `http://127.0.0.1:${port}`,
		dataDir: path.join(root, name),
		databaseUrl: server ? withDatabase(server, `${E2E_DATABASE_PREFIX}${runId}_${name}`) : undefined
	});
	return {
		runId,
		demo: instance('demo', demoPort!),
		empty: instance('empty', emptyPort!),
		smtpPort: smtpPort!,
		mailApiUrl: `http://127.0.0.1:${mailPort}`,
		stateDir: path.join(root, 'state'),
		database: server ? 'postgres' : 'pglite'
	};
}

export function withDatabase(url: string, database: string): string {
	const parsed = new URL(url);
	parsed.pathname = `/${database}`;
	return parsed.toString();
}

/**
 * Ports that are free right now. The config must be synchronous, so a short child process asks
 * the system (port 0) or probes upwards from E2E_PORT_BASE.
 */
function freePorts(count: number): number[] {
	const base = Number(process.env.E2E_PORT_BASE || 0);
	// Every found port stays bound until all are found, so the system cannot hand one out twice.
	const script = `
		const net = require('node:net');
		const open = [];
		let next = ${base};
		function probe() {
			if (open.length === ${count}) {
				console.log(open.map((server) => server.address().port).join(','));
				for (const server of open) server.close();
				return;
			}
			const server = net.createServer();
			server.once('error', () => { next++; probe(); });
			server.listen(next, '127.0.0.1', () => { open.push(server); if (next) next++; probe(); });
		}
		probe();`;
	const output = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
	return output.trim().split(',').map(Number);
}
