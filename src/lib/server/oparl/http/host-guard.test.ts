import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '../../config/env';
import { isRefusedAddress } from './address-ranges';
import { OparlFetchError } from './fetch-error';
import { HostGuard } from './host-guard';
import { OparlClient } from './oparl-client';

/**
 * A council server on loopback that logs requests; /weiter redirects to its query's target,
 * /kreis to itself. It closes every connection, so each request connects (and is checked) anew,
 * as the tests change what the operator allows in between.
 */
let server: http.Server;
let port: number;
const requests: string[] = [];

beforeAll(async () => {
	server = http.createServer((request, response) => {
		const path = request.url ?? '/';
		requests.push(path);
		const target = new URL(path, 'http://x').searchParams.get('nach');
		if (path.startsWith('/weiter') && target) {
			response.writeHead(302, { location: target, connection: 'close' });
			return response.end();
		}
		if (path === '/kreis') {
			response.writeHead(301, { location: '/kreis', connection: 'close' });
			return response.end();
		}
		response.writeHead(200, { 'content-type': 'application/json', connection: 'close' });
		response.end(JSON.stringify({ path }));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
});

const allowedBefore = process.env.OPARL_ALLOW_PRIVATE_HOSTS;
afterEach(() => {
	process.env.OPARL_ALLOW_PRIVATE_HOSTS = allowedBefore;
	resetEnvForTests();
	requests.length = 0;
});

function allowPrivate(value: string) {
	process.env.OPARL_ALLOW_PRIVATE_HOSTS = value;
	resetEnvForTests();
}

function client(systemUrl: string, allowedHosts: string[] = []) {
	return new OparlClient({
		requestsPerSecond: 0,
		concurrency: 2,
		timeoutMs: 2000,
		retries: 2,
		baseDelayMs: 5,
		guard: new HostGuard({ systemUrl, allowedHosts })
	});
}

async function refusal(promise: Promise<unknown>): Promise<OparlFetchError> {
	const error = await promise.then(
		() => null,
		(caught: unknown) => caught
	);
	expect(error).toBeInstanceOf(OparlFetchError);
	return error as OparlFetchError;
}

describe('isRefusedAddress', () => {
	it.each([
		'127.0.0.1',
		'127.8.9.10',
		'10.1.2.3',
		'172.20.0.1',
		'192.168.178.1',
		'169.254.169.254',
		'100.64.0.1',
		'0.0.0.0',
		'::',
		'::1',
		'[::1]',
		'fd00::1',
		'fe80::1',
		'::ffff:127.0.0.1',
		'::ffff:7f00:1',
		'::ffff:a9fe:a9fe',
		'64:ff9b::a00:1',
		'kein-host'
	])('refuses %s', (address) => expect(isRefusedAddress(address)).toBe(true));

	it.each(['8.8.8.8', '93.184.216.34', '172.32.0.1', '2a00:1450:4001::200e', '::ffff:8.8.8.8'])(
		'allows %s',
		(address) => expect(isRefusedAddress(address)).toBe(false)
	);
});

describe('OparlClient with a host guard', () => {
	it('refuses a loopback council server unless the operator allowed the host', async () => {
		allowPrivate('');
		const url = `http://127.0.0.1:${port}/oparl/system`;
		const error = await refusal(client(url).getJson(url));
		expect(error.kind).toBe('blocked_address');
		expect(error.url).toBe(url);
		expect(error.message).toContain('interne Adresse');
		expect(error.transient).toBe(false);

		const byName = `http://localhost:${port}/oparl/system`;
		expect((await refusal(client(byName).getJson(byName))).kind).toBe('blocked_address');
		expect(requests).toEqual([]);

		allowPrivate(`127.0.0.1:${port + 1}`);
		expect((await refusal(client(url).getJson(url))).kind).toBe('blocked_address');

		allowPrivate(`localhost, 127.0.0.1:${port}`);
		expect((await client(url).getJson(url)).data).toEqual({ path: '/oparl/system' });
		expect((await client(byName).getJson(byName)).data).toEqual({ path: '/oparl/system' });
		expect(requests).toEqual(['/oparl/system', '/oparl/system']);
	});

	it('requests only the system host and the hosts the board allowed', async () => {
		allowPrivate('127.0.0.1,localhost');
		const system = `http://127.0.0.1:${port}/oparl/system`;
		const elsewhere = `http://localhost:${port}/dateien/1.pdf`;
		const error = await refusal(client(system).request(elsewhere));
		expect(error.kind).toBe('foreign_host');
		expect(error.url).toBe(elsewhere);
		expect(error.message).toContain('Fremder Host „localhost“');
		expect(requests).toEqual([]);

		const response = await client(system, ['localhost']).request(elsewhere);
		expect(response.ok).toBe(true);
		await response.body?.cancel();
		expect(requests).toEqual(['/dateien/1.pdf']);
	});

	it('checks every redirect hop before following it', async () => {
		allowPrivate('127.0.0.1,localhost');
		const system = `http://127.0.0.1:${port}/oparl/system`;
		const inside = `http://127.0.0.1:${port}/weiter?nach=${encodeURIComponent('/oparl/body')}`;
		const followed = await client(system).getJson(inside);
		expect(followed).toMatchObject({
			url: `http://127.0.0.1:${port}/oparl/body`,
			data: { path: '/oparl/body' }
		});

		requests.length = 0;
		const target = `http://localhost:${port}/metadaten`;
		const outside = `http://127.0.0.1:${port}/weiter?nach=${encodeURIComponent(target)}`;
		const error = await refusal(client(system).getJson(outside));
		expect(error.kind).toBe('foreign_host');
		expect(error.url).toBe(target);
		expect(requests).toEqual([`/weiter?nach=${encodeURIComponent(target)}`]);

		requests.length = 0;
		const loopError = await refusal(client(system).getJson(`http://127.0.0.1:${port}/kreis`));
		expect(loopError.message).toBe('Mehr als 5 Weiterleitungen');
		expect(requests).toHaveLength(6);
	});

	it('refuses redirects to a loopback address the host was not allowed for', async () => {
		allowPrivate(`localhost:${port}`);
		const system = `http://localhost:${port}/oparl/system`;
		const target = `http://127.0.0.1:${port}/intern`;
		const redirect = `http://localhost:${port}/weiter?nach=${encodeURIComponent(target)}`;
		const error = await refusal(client(system, ['127.0.0.1']).getJson(redirect));
		expect(error.kind).toBe('blocked_address');
		expect(error.url).toBe(target);
		expect(requests).toEqual([`/weiter?nach=${encodeURIComponent(target)}`]);
	});
});
