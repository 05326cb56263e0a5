import { beforeAll, describe, expect, it } from 'vitest';
import { createTestAccount } from '$lib/server/auth/test-support';
import { db } from '$lib/server/db';
import { commentMailSetting } from '$lib/server/motions/comments/notifications/opt-out';
import { createCommentMailToken } from '$lib/server/motions/comments/notifications/unsubscribe-token';
import { motion } from '$lib/server/motions/schema';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { GET, POST } from './+server';

let userId: string;
let motionId: string;
let token: string;

beforeAll(async () => {
	await createTestDatabase();
	userId = (await createTestAccount({ role: 'member', email: 'rosa.beispiel@example.org' })).id;
	const [row] = await db
		.insert(motion)
		.values({ type: 'motion', title: 'Schulwegsicherheit', visibility: 'public' })
		.returning({ id: motion.id });
	motionId = row!.id;
	token = await createCommentMailToken(userId, motionId);
});

function oneClick(withToken: string, body = 'List-Unsubscribe=One-Click') {
	return POST({
		params: { token: withToken },
		request: new Request(`http://127.0.0.1/abbestellen/antrag/${withToken}`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body
		})
	} as never);
}

describe('/abbestellen/antrag/[token] without a browser', () => {
	it('a GET changes nothing: 404 for a forged link, 200 otherwise', async () => {
		const get = (withToken: string) => GET({ params: { token: withToken } } as never);
		expect((await get(`${token}x`)).status).toBe(404);
		expect((await get(token)).status).toBe(200);
		expect(await commentMailSetting(userId, motionId)).toEqual({
			stoppedHere: false,
			stoppedAll: false
		});
	});

	it('one-click (RFC 8058) stops the mails about this motion only; forged links and other posts do nothing', async () => {
		expect((await oneClick(`${token}x`)).status).toBe(404);
		expect((await oneClick(token, 'irgendwas')).status).toBe(400);
		expect(await commentMailSetting(userId, motionId)).toEqual({
			stoppedHere: false,
			stoppedAll: false
		});
		const answer = await oneClick(token);
		expect(answer.status).toBe(200);
		expect(await commentMailSetting(userId, motionId)).toEqual({
			stoppedHere: true,
			stoppedAll: false
		});
		expect((await oneClick(token)).status).toBe(200);
	});
});
