import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter } from './backoff';
import { OparlFetchError } from './fetch-error';
import { OparlClient } from './oparl-client';

/** A server whose answers the tests script per path; it logs when each request arrived. */
let server: http.Server;
let base: string;
let script: Map<string, ((response: http.ServerResponse) => void)[]>;
let log: { path: string; at: number }[];
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
	server = http.createServer((request, response) => {
		const path = request.url ?? '/';
		log.push({ path, at: Date.now() });
		inFlight++;
		maxInFlight = Math.max(maxInFlight, inFlight);
		response.on('close', () => inFlight--);
		const next = script.get(path)?.shift();
		if (next) return next(response);
		setTimeout(() => {
			response.writeHead(200, { 'content-type': 'application/json' });
			response.end(JSON.stringify({ path }));
		}, 20);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
	script = new Map();
	log = [];
	maxInFlight = 0;
});

const status =
	(code: number, headers: Record<string, string> = {}) =>
	(response: http.ServerResponse) => {
		response.writeHead(code, headers);
		response.end('{"error":"x"}');
	};

function client(options: Partial<ConstructorParameters<typeof OparlClient>[0]> = {}) {
	return new OparlClient({
		requestsPerSecond: 0,
		concurrency: 4,
		timeoutMs: 2000,
		baseDelayMs: 10,
		maxDelayMs: 40,
		...options
	});
}

async function failure(promise: Promise<unknown>): Promise<OparlFetchError> {
	const error = await promise.then(
		() => null,
		(caught: unknown) => caught
	);
	expect(error).toBeInstanceOf(OparlFetchError);
	return error as OparlFetchError;
}

describe('OparlClient', () => {
	it('retries server errors and dropped connections, then succeeds', async () => {
		script.set('/a', [status(500), (response) => response.socket?.destroy(), status(502)]);
		const http = client();
		const result = await http.getJson(`${base}/a`);
		expect(result.data).toEqual({ path: '/a' });
		expect(log.filter((entry) => entry.path === '/a')).toHaveLength(4);
		expect(http.stats).toMatchObject({ requests: 4, retries: 3 });
	});

	it('does not retry client errors, and says in German what went wrong', async () => {
		script.set('/missing', [status(404)]);
		const error = await failure(client().getJson(`${base}/missing`));
		expect(error).toMatchObject({ kind: 'http_error', status: 404, transient: false });
		expect(error.message).toBe('Nicht gefunden (HTTP 404)');
		expect(log).toHaveLength(1);

		script.set('/broken', [
			(response) => {
				response.writeHead(200, { 'content-type': 'application/json' });
				response.end('{"data": [');
			}
		]);
		const broken = await failure(client().getJson(`${base}/broken`));
		expect(broken.kind).toBe('invalid_json');
		expect(broken.message).toContain('kein gültiges JSON');
	});

	it('waits as long as Retry-After asks on 429 and 503, and gives up after the retries', async () => {
		script.set('/slow-down', [status(429, { 'retry-after': '1' })]);
		const started = Date.now();
		await client().getJson(`${base}/slow-down`);
		const [first, second] = log;
		expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);

		script.set(
			'/down',
			Array.from({ length: 5 }, () => status(503))
		);
		const error = await failure(client({ retries: 2 }).getJson(`${base}/down`));
		expect(error).toMatchObject({ kind: 'http_error', status: 503 });
		expect(log.filter((entry) => entry.path === '/down')).toHaveLength(3);

		// A server asking for a pause longer than the limit fails the request instead of stalling.
		script.set('/later', [status(503, { 'retry-after': '3600' })]);
		await failure(client({ maxRetryAfterMs: 1000 }).getJson(`${base}/later`));
		expect(log.filter((entry) => entry.path === '/later')).toHaveLength(1);
	});

	it('times out slow answers and retries them', async () => {
		script.set('/hang', [() => undefined]);
		const result = await client({ timeoutMs: 300 }).getJson(`${base}/hang`);
		expect(result.data).toEqual({ path: '/hang' });
		script.set('/hang2', [() => undefined, () => undefined]);
		const error = await failure(client({ timeoutMs: 300, retries: 1 }).getJson(`${base}/hang2`));
		expect(error.kind).toBe('timeout');
		expect(error.message).toBe('Keine vollständige Antwort innerhalb von 0,3 s');
	});

	it('keeps to the rate limit and the concurrency of the source', async () => {
		// When the client starts each request: arrival times at the server would add the
		// connection's delay, which on a loaded machine differs by a hundred milliseconds and more.
		const starts: number[] = [];
		const limited = client({
			requestsPerSecond: 5,
			concurrency: 2,
			fetch: (input, init) => {
				starts.push(Date.now());
				return fetch(input, init);
			}
		});
		const started = Date.now();
		await Promise.all(Array.from({ length: 8 }, (_, n) => limited.getJson(`${base}/r${n}`)));
		// 8 requests at 5 per second: the last starts no earlier than a second after the first.
		expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
		expect(starts).toHaveLength(8);
		for (let n = 5; n < starts.length; n++) {
			// No more than five starts in any second; without the limit all eight would start
			// within some 80 ms. The slack covers the client's own steps before each fetch.
			expect(starts[n]! - starts[n - 5]!).toBeGreaterThanOrEqual(900);
		}
		expect(maxInFlight).toBeLessThanOrEqual(2);

		const wide = client({ concurrency: 4 });
		await Promise.all(Array.from({ length: 8 }, (_, n) => wide.getJson(`${base}/w${n}`)));
		expect(maxInFlight).toBeLessThanOrEqual(4);
	});

	it('rejects other schemes without a request', async () => {
		const error = await failure(client().getJson('file:///etc/passwd'));
		expect(error.kind).toBe('invalid_url');
		expect(log).toHaveLength(0);
	});
});

describe('backoff', () => {
	it('grows exponentially with jitter between half and all of the step, capped', () => {
		const options = { baseDelayMs: 500, maxDelayMs: 30_000 };
		expect(backoffDelay(1, { ...options, random: () => 0 })).toBe(250);
		expect(backoffDelay(1, { ...options, random: () => 1 })).toBe(500);
		expect(backoffDelay(3, { ...options, random: () => 1 })).toBe(2000);
		expect(backoffDelay(20, { ...options, random: () => 1 })).toBe(30_000);
	});

	it('reads Retry-After as seconds or as an HTTP date', () => {
		const now = Date.parse('2026-11-26T10:00:00Z');
		expect(parseRetryAfter('120', now)).toBe(120_000);
		expect(parseRetryAfter('Thu, 26 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
		expect(parseRetryAfter('bald', now)).toBeNull();
		expect(parseRetryAfter(null, now)).toBeNull();
	});
});
