import { eq } from 'drizzle-orm';
import { db } from '../../../db';
import { oparlBody, oparlSource } from '../../schema';
import { HUERTGENWALD_FIXTURE_DIR } from '../../testing/fixture-paths';
import {
	startOparlTestServer,
	type OparlTestServer,
	type OparlTestServerOptions
} from '../../testing/oparl-test-server';
import { addOparlSource } from '../add-source';
import { runOparlSync, type RunOparlSyncOptions } from '../run-sync';

/**
 * Test setup for syncs: the test server with the Hürtgenwald fixture, the source added through
 * `addOparlSource`, its body followed, and no rate limit (tests wait for nothing else).
 */
export async function huertgenwaldSource(options: OparlTestServerOptions = {}): Promise<{
	server: OparlTestServer;
	sourceId: string;
	bodyId: string;
}> {
	const server = await startOparlTestServer({ fixtureDir: HUERTGENWALD_FIXTURE_DIR, ...options });
	const added = await addOparlSource(server.systemUrl, 'cli');
	await db
		.update(oparlSource)
		// PGlite shares the event loop with the test server: generous timeouts on a busy machine.
		.set({ requestsPerSecond: 0, concurrency: 4, timeoutSeconds: 60 })
		.where(eq(oparlSource.id, added.sourceId));
	await db.update(oparlBody).set({ followed: true }).where(eq(oparlBody.sourceId, added.sourceId));
	return { server, sourceId: added.sourceId, bodyId: added.bodies[0]!.bodyId };
}

/** A sync with short retry pauses (the servers' faults are immediate). */
export function syncForTest(options: RunOparlSyncOptions) {
	return runOparlSync({
		...options,
		client: { baseDelayMs: 5, maxDelayMs: 20, ...options.client }
	});
}
