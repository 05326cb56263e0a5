import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { resetEnvForTests } from '../../config/env';
import { AccessDeniedError } from '../../auth/policy';
import { createTestActor } from '../../auth/test-support';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { createTestDatabase } from '../../testing/test-db';
import { oparlBody, oparlObject, oparlSource } from '../schema';
import { HUERTGENWALD_API, HUERTGENWALD_FIXTURE_DIR } from '../testing/fixture-paths';
import { startOparlTestServer, type OparlTestServer } from '../testing/oparl-test-server';
import { addOparlSource, AddOparlSourceError } from './add-source';

let server: OparlTestServer;
let other: http.Server;
let otherUrl: string;
let board: SessionUser;

beforeAll(async () => {
	await createTestDatabase();
	board = await createTestActor('board', { name: 'Bo Vorstand' });
	server = await startOparlTestServer({ fixtureDir: HUERTGENWALD_FIXTURE_DIR });
	// Not an OParl server: JSON of another kind, and an HTML page.
	other = http.createServer((request, response) => {
		if (request.url === '/json') {
			response.writeHead(200, { 'content-type': 'application/json' });
			response.end('{"hello":"world"}');
		} else {
			response.writeHead(200, { 'content-type': 'text/html' });
			response.end('<!doctype html><title>Ratsinfo</title>');
		}
	});
	await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
	otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});

afterAll(async () => {
	await server.close();
	await new Promise((resolve) => other.close(resolve));
});

async function failure(promise: Promise<unknown>): Promise<AddOparlSourceError> {
	const error = await promise.then(
		() => null,
		(caught: unknown) => caught
	);
	expect(error).toBeInstanceOf(AddOparlSourceError);
	return error as AddOparlSourceError;
}

describe('addOparlSource', () => {
	it('reads the System and its bodies and creates the source with none followed, audited', async () => {
		const added = await addOparlSource(server.systemUrl, board);
		expect(added).toMatchObject({ name: 'SD.NET RIM', oparlVersion: '1.0' });
		expect(added.bodies).toEqual([
			expect.objectContaining({
				name: 'Gemeinde Hürtgenwald',
				oparlId: server.url(`${HUERTGENWALD_API}/body/1`)
			})
		]);

		const [source] = await db.select().from(oparlSource).where(eq(oparlSource.id, added.sourceId));
		expect(source).toMatchObject({
			systemUrl: server.systemUrl,
			vendor: 'https://www.sitzungsdienst.net/',
			createdById: board.id,
			enabled: true
		});
		const [body] = await db.select().from(oparlBody).where(eq(oparlBody.sourceId, added.sourceId));
		expect(body).toMatchObject({ followed: false, ags: '5358016' });
		expect(body!.listUrls.paper).toMatch(/\/body\/1\/paper$/);
		const objects = await db
			.select({ type: oparlObject.type })
			.from(oparlObject)
			.where(eq(oparlObject.sourceId, added.sourceId));
		expect(objects.map((object) => object.type).sort()).toEqual(['body', 'location', 'system']);

		const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, 'oparl.source_add'));
		expect(entry).toMatchObject({
			actorUserId: board.id,
			targetId: added.sourceId,
			targetLabel: 'SD.NET RIM'
		});

		const again = await failure(addOparlSource(`  ${server.systemUrl} `, board));
		expect(again).toMatchObject({ code: 'exists', sourceId: added.sourceId });
		expect(again.message).toBe('Diese Quelle ist bereits angelegt.');
	});

	it('explains in German what is wrong with an address', async () => {
		expect(await failure(addOparlSource('ratsinfo.example.de', board))).toMatchObject({
			code: 'invalid_url'
		});
		const closed = await failure(addOparlSource('http://127.0.0.1:9/oparl/v1/system', 'cli'));
		expect(closed.code).toBe('unreachable');
		expect(closed.message).toMatch(/^Die Adresse ist nicht erreichbar: Verbindung fehlgeschlagen/);
		const missing = await failure(addOparlSource(`${server.baseUrl}/gibt-es-nicht`, 'cli'));
		expect(missing).toMatchObject({ code: 'unreachable' });
		expect(missing.message).toContain('HTTP 404');
		const html = await failure(addOparlSource(`${otherUrl}/ratsinfo`, 'cli'));
		expect(html).toMatchObject({ code: 'not_oparl' });
		expect(html.message).toContain('kein JSON');
		const json = await failure(addOparlSource(`${otherUrl}/json`, 'cli'));
		expect(json.code).toBe('not_oparl');
		expect(json.message).toContain('kein OParl-System');
		// Only the source of the first test exists: failures create nothing.
		expect(await db.select().from(oparlSource)).toHaveLength(1);
	});

	it('refuses addresses in internal networks unless the operator allowed the host', async () => {
		const allowed = process.env.OPARL_ALLOW_PRIVATE_HOSTS;
		process.env.OPARL_ALLOW_PRIVATE_HOSTS = '';
		resetEnvForTests();
		try {
			const requestsBefore = server.requests.length;
			for (const url of [
				`${server.baseUrl}/noch-eine/system`,
				'http://169.254.169.254/latest/meta-data/',
				'http://[::1]/oparl/v1/system',
				'http://10.0.0.1/oparl/v1/system'
			]) {
				const refused = await failure(addOparlSource(url, board));
				expect(refused.code).toBe('refused_address');
				expect(refused.message).toContain('internes Netz');
			}
			expect(server.requests.length).toBe(requestsBefore);
		} finally {
			process.env.OPARL_ALLOW_PRIVATE_HOSTS = allowed;
			resetEnvForTests();
		}
		expect(await db.select().from(oparlSource)).toHaveLength(1);
	});

	it('is for the board (and the command line) only', async () => {
		const member = await createTestActor('member');
		await expect(addOparlSource(server.systemUrl, member)).rejects.toBeInstanceOf(
			AccessDeniedError
		);
	});
});
