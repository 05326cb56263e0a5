import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '../config/env';
import { db } from '../db';
import { OparlClient } from '../oparl/http/oparl-client';
import { oparlBody, oparlObject, oparlProblem, oparlSource } from '../oparl/schema';
import { addOparlSource } from '../oparl/sync/add-source';
import { syncForTest } from '../oparl/sync/testing/sync-fixture';
import { storeFixtureObjects } from '../oparl/testing/seed-oparl';
import { createTestDatabase } from '../testing/test-db';
import { objectUrl } from './oparl-urls';
import { seedApiFixtures, type ApiFixtures } from './testing/api-fixtures';
import { startOparlHttpServer } from './testing/oparl-http-server';

/**
 * Our own system imported by our own importer over HTTP: what others would get. First its pieces
 * (add source, client, store) walk one body's lists, then the full sync run reads it to the end.
 */
describe('OParl API round trip through the importer', () => {
	let f: ApiFixtures;
	let server: Awaited<ReturnType<typeof startOparlHttpServer>>;
	let sourceId: string;
	let followedBodyId: string;
	const savedOrigin = process.env.ORIGIN;

	beforeAll(async () => {
		await createTestDatabase();
		f = await seedApiFixtures();
		server = await startOparlHttpServer();
		// Object ids are built from the public origin: here the test server's address.
		process.env.ORIGIN = server.origin;
		resetEnvForTests();
	}, 120_000);

	afterAll(async () => {
		await server?.close();
		if (savedOrigin === undefined) delete process.env.ORIGIN;
		else process.env.ORIGIN = savedOrigin;
		resetEnvForTests();
	});

	it("imports the system, its bodies and a body's lists without a single problem", async () => {
		const added = await addOparlSource(`${server.origin}/oparl/v1/system`, 'cli');
		sourceId = added.sourceId;
		expect(added.oparlVersion).toBe('1.1');
		const imported = added.bodies.find(
			(b) => b.oparlId === objectUrl('body', f.bodies.vorpommernGreifswald)
		);
		expect(imported?.name).toBe('Landkreis Vorpommern-Greifswald');
		followedBodyId = imported!.bodyId;

		const client = new OparlClient({
			requestsPerSecond: 0,
			concurrency: 2,
			timeoutMs: 10_000,
			retries: 2,
			maxRetryAfterMs: 1_000
		});
		const [stored] = await db
			.select({ raw: oparlObject.raw })
			.from(oparlObject)
			.where(eq(oparlObject.id, imported!.bodyId));
		const body = stored!.raw!;
		for (const list of ['organization', 'person', 'membership', 'paper', 'file', 'meeting']) {
			for (let next: string | undefined = String(body[list]); next;) {
				const page = (
					await client.getJson(next).catch((error: unknown) => {
						throw new Error(`${next}: ${String(error)}`);
					})
				).data as {
					data: unknown[];
					links: { next?: string };
				};
				await storeFixtureObjects(db, added.sourceId, imported!.bodyId, page.data);
				next = page.links.next;
			}
		}

		const counts = await db
			.select({ type: oparlObject.type, n: sql<number>`count(*)::int` })
			.from(oparlObject)
			.where(
				and(
					eq(oparlObject.sourceId, added.sourceId),
					eq(oparlObject.placeholder, false),
					sql`${oparlObject.oparlId} like ${`${server.origin}/%`}`
				)
			)
			.groupBy(oparlObject.type);
		const byType = Object.fromEntries(counts.map((row) => [row.type, row.n]));
		expect(byType).toMatchObject({
			system: 1,
			paper: 1,
			file: 1,
			// Greta (seat and faction chair) and Otto (former seat); never Jonas's faction seat.
			person: 2,
			membership: 3
		});
		expect(byType.body).toBe(added.bodies.length);
		const problems = await db
			.select({ kind: oparlProblem.kind, url: oparlProblem.url, message: oparlProblem.message })
			.from(oparlProblem)
			.where(eq(oparlProblem.sourceId, added.sourceId));
		expect(problems).toEqual([]);
		const [projection] = await db
			.select({ name: oparlBody.name })
			.from(oparlBody)
			.where(eq(oparlBody.objectId, imported!.bodyId));
		expect(projection?.name).toBe('Landkreis Vorpommern-Greifswald');
	}, 120_000);

	it("is read to the end by the importer's full sync run without a problem", async () => {
		await db
			.update(oparlSource)
			.set({ requestsPerSecond: 0, concurrency: 2, timeoutSeconds: 60 })
			.where(eq(oparlSource.id, sourceId));
		await db
			.update(oparlBody)
			.set({ followed: true })
			.where(eq(oparlBody.objectId, followedBodyId));
		const summary = await syncForTest({ sourceId, kind: 'full' });
		expect(summary.error).toBeNull();
		expect(summary.status).toBe('succeeded');
		expect(summary.listsRead).toBeGreaterThanOrEqual(6);
		expect(summary.listsFailed).toBe(0);
		expect(summary.problemCount).toBe(0);
		const papers = await db
			.select({ id: oparlObject.id })
			.from(oparlObject)
			.where(
				and(
					eq(oparlObject.sourceId, sourceId),
					eq(oparlObject.type, 'paper'),
					eq(oparlObject.placeholder, false),
					eq(oparlObject.deleted, false)
				)
			);
		expect(papers).toHaveLength(1);
	}, 240_000);
});
