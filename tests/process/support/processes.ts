import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { ROOT } from './paths';

/** Every process group the tests started; killed after each test whatever its outcome. */
const running = new Set<ChildProcess>();

export interface Exit {
	code: number | null;
	signal: NodeJS.Signals | null;
}

export interface Started {
	child: ChildProcess;
	/** Sends a signal to the process and everything it started (its process group). */
	signalGroup(signal: NodeJS.Signals): void;
	exited: Promise<Exit>;
	/** Everything the process wrote so far, stdout and stderr interleaved. */
	output(): string;
	stdout(): string;
	stderr(): string;
}

/** Settings a developer's shell might have that must not leak into the processes under test. */
const APP_VARIABLES = [
	'HOST',
	'PORT',
	'ORIGIN',
	'DATA_DIR',
	'DATABASE_URL',
	'SMTP_URL',
	'DEMO',
	'AUTH_SECRET',
	'JOBS_IN_PROCESS',
	'PROTOCOL_HEADER',
	'NODE_OPTIONS'
];

export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const name of APP_VARIABLES) delete env[name];
	// The tests' council systems listen on loopback, which the OParl import refuses by default.
	return { ...env, OPARL_ALLOW_PRIVATE_HOSTS: '127.0.0.1,localhost', ...extra };
}

export function startProcess(
	command: string,
	args: string[],
	env: Record<string, string>
): Started {
	// Its own process group, so that wrappers (npm → sh → tsx → node) can be signalled as a whole,
	// the way a terminal's Ctrl+C reaches every process of the foreground job.
	const child = spawn(command, args, {
		cwd: ROOT,
		env: cleanEnv(env),
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true
	});
	running.add(child);
	let all = '';
	let out = '';
	let err = '';
	child.stdout!.setEncoding('utf8').on('data', (text: string) => {
		all += text;
		out += text;
	});
	child.stderr!.setEncoding('utf8').on('data', (text: string) => {
		all += text;
		err += text;
	});
	// At 'exit' the last lines may still be in the pipes: wait for them to close ('close'), but
	// not for ever, as a process left behind in the group could hold them open.
	const exited = new Promise<Exit>((resolve) => {
		child.on('exit', (code, signal) => {
			const done = () => resolve({ code, signal });
			child.once('close', done);
			setTimeout(done, 2_000).unref();
		});
	});
	const signalGroup = (signal: NodeJS.Signals) => {
		try {
			process.kill(-child.pid!, signal);
		} catch {
			// the whole group is gone already
		}
	};
	return { child, exited, signalGroup, output: () => all, stdout: () => out, stderr: () => err };
}

/** Runs a command to its end (bounded by `timeoutMs`) and returns its exit and output. */
export async function runToEnd(
	command: string,
	args: string[],
	env: Record<string, string>,
	timeoutMs = 60_000
): Promise<Exit & { stdout: string; stderr: string }> {
	const started = startProcess(command, args, env);
	const timer = setTimeout(() => started.signalGroup('SIGKILL'), timeoutMs);
	const exit = await started.exited;
	clearTimeout(timer);
	return { ...exit, stdout: started.stdout(), stderr: started.stderr() };
}

export async function killAll(): Promise<void> {
	const children = [...running];
	running.clear();
	for (const child of children) {
		try {
			// The whole group: a wrapper that died may have left its children running.
			process.kill(-child.pid!, 'SIGKILL');
		} catch {
			// nothing left of this group
		}
	}
	await Promise.all(
		children.map((child) =>
			child.exitCode !== null || child.signalCode !== null
				? undefined
				: new Promise((resolve) => child.once('exit', resolve))
		)
	);
}

/** A port nobody listens on right now, on 127.0.0.1. */
export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
	});
}

export function elapsedSince(start: bigint): number {
	return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Waits until `condition` holds, checking every 50 ms; fails with `describe()` after the timeout. */
export async function waitFor(
	condition: () => boolean | Promise<boolean>,
	timeoutMs: number,
	describe: () => string
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (await condition()) return;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`Zeitüberschreitung nach ${timeoutMs} ms: ${describe()}`);
}
