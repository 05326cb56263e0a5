import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { createTestAccount } from '$lib/server/auth/test-support';
import { db } from '$lib/server/db';
import { unfollowUrl } from '$lib/server/oparl/briefings/unfollow-link';
import { oparlFollow } from '$lib/server/oparl/schema';
import {
	createCouncilBody,
	createCouncilSource
} from '$lib/server/oparl/similar/testing/council-fixtures';
import { createTestDatabase, testDatabaseKind } from '$lib/server/testing/test-db';
import { actions, load } from './+page.server';
import { GET, POST } from './+server';

let userId: string;
let token: string;

beforeAll(async () => {
	await createTestDatabase();
	userId = (await createTestAccount({ role: 'member', email: 'rosa@example.org' })).id;
	const body = await createCouncilBody(await createCouncilSource(), {
		name: 'Stadt Beispielstadt'
	});
	await db.insert(oparlFollow).values({ userId, bodyId: body });
	token = new URL(await unfollowUrl(userId, body)).pathname.split('/').pop()!;
});

const follows = () => db.select().from(oparlFollow).where(eq(oparlFollow.userId, userId));

function oneClick(withToken: string, body = 'List-Unsubscribe=One-Click') {
	return POST({
		params: { token: withToken },
		request: new Request(`http://127.0.0.1/abbestellen/ratsinfo/${withToken}`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body
		})
	} as never);
}

describe(`/abbestellen/ratsinfo/[token] on ${testDatabaseKind}`, () => {
	it('opening the link or a plain GET only asks; a forged link is unknown', async () => {
		const { event } = await testEvent({ url: `/abbestellen/ratsinfo/${token}`, params: { token } });
		expect(await load(event as never)).toEqual({
			info: { bodyName: 'Stadt Beispielstadt', following: true }
		});
		const forged = `${token.slice(0, -2)}xx`;
		const { event: bad } = await testEvent({ url: '/x', params: { token: forged } });
		expect(await thrownBy(() => load(bad as never))).toMatchObject({ status: 404 });
		expect((await GET({ params: { token: forged } } as never)).status).toBe(404);
		expect((await GET({ params: { token } } as never)).status).toBe(200);
		expect(await follows()).toHaveLength(1);
	});

	it('a one-click POST (RFC 8058) unfollows; other bodies and forged tokens change nothing', async () => {
		expect((await oneClick(token, 'irgendwas')).status).toBe(400);
		expect((await oneClick(`${token}x`)).status).toBe(404);
		expect(await follows()).toHaveLength(1);
		const response = await oneClick(token);
		expect(response.status).toBe(200);
		expect(await response.text()).toContain('Stadt Beispielstadt');
		expect(await follows()).toEqual([]);
		// The page's button does the same and can be pressed again.
		const { event } = await testEvent({ url: '/x', params: { token }, form: {} });
		expect(await actions.default(event as never)).toEqual({ done: true });
	});
});
