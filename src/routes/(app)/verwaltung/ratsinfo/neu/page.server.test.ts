import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { createTestAccount, signedInJar, type CookieJar } from '$lib/server/auth/test-support';
import { user } from '$lib/server/auth/schema';
import { db } from '$lib/server/db';
import { HUERTGENWALD_FIXTURE_DIR } from '$lib/server/oparl/testing/fixture-paths';
import {
	startOparlTestServer,
	type OparlTestServer
} from '$lib/server/oparl/testing/oparl-test-server';
import { oparlBody, oparlSource } from '$lib/server/oparl/schema';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { actions } from './+page.server';

let board: CookieJar;
let member: CookieJar;
let council: OparlTestServer;

async function jar(role: 'board' | 'member') {
	const created = await createTestAccount({ role });
	const signed = await signedInJar(created.email);
	if (role === 'board')
		await db.update(user).set({ twoFactorEnabled: true }).where(eq(user.id, created.id));
	return signed.jar;
}

async function submit(who: CookieJar, systemUrl: string) {
	const { event } = await testEvent({
		url: '/verwaltung/ratsinfo/neu',
		jar: who,
		form: { systemUrl }
	});
	return actions.default(event as never);
}

beforeAll(async () => {
	await createTestDatabase();
	board = await jar('board');
	member = await jar('member');
	council = await startOparlTestServer({ fixtureDir: HUERTGENWALD_FIXTURE_DIR });
});

afterAll(async () => {
	await council?.close();
});

describe('/verwaltung/ratsinfo/neu', () => {
	it('explains an address that is no web address, keeping what was typed', async () => {
		const result = await submit(board, 'ratsinfo.example.de/oparl');
		expect(result).toMatchObject({
			status: 400,
			data: {
				errors: { systemUrl: [expect.stringContaining('https://')] },
				values: { systemUrl: 'ratsinfo.example.de/oparl' }
			}
		});
	});

	it('says so in German when nothing answers at the address', async () => {
		// A port of this lane's range where nothing listens.
		const result = await submit(board, 'http://127.0.0.1:41799/oparl/v1/system');
		expect(result).toMatchObject({
			status: 400,
			data: { errors: { systemUrl: [expect.stringMatching(/erreich|Verbindung|antwortet/i)] } }
		});
		expect(await db.select().from(oparlSource)).toEqual([]);
	});

	it('refuses an address in an internal network, keeping what was typed', async () => {
		const result = await submit(board, 'http://169.254.169.254/latest/meta-data/');
		expect(result).toMatchObject({
			status: 400,
			data: {
				errors: { systemUrl: [expect.stringContaining('internes Netz')] },
				values: { systemUrl: 'http://169.254.169.254/latest/meta-data/' }
			}
		});
		expect(await db.select().from(oparlSource)).toEqual([]);
	});

	it('reads the system, creates the source with its bodies (none followed) and opens its page', async () => {
		const thrown = await thrownBy(() => submit(board, council.systemUrl));
		expect(thrown).toMatchObject({ status: 303, location: expect.stringMatching(/\?neu=1$/) });
		const [source] = await db.select().from(oparlSource);
		expect((thrown as { location: string }).location).toBe(
			`/verwaltung/ratsinfo/${source!.id}?neu=1`
		);
		const bodies = await db.select().from(oparlBody).where(eq(oparlBody.sourceId, source!.id));
		expect(bodies).toEqual([
			expect.objectContaining({ name: 'Gemeinde Hürtgenwald', followed: false })
		]);
	});

	it('links to the source when its address was added before', async () => {
		const [source] = await db.select().from(oparlSource);
		const result = await submit(board, council.systemUrl);
		expect(result).toMatchObject({
			status: 400,
			data: {
				existingSourceId: source!.id,
				errors: { systemUrl: [expect.stringContaining('bereits')] }
			}
		});
	});

	it('is for the board only', async () => {
		expect(await thrownBy(() => submit(member, council.systemUrl))).toMatchObject({ status: 403 });
	});
});
