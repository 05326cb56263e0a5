import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { createTestAccount } from '$lib/server/auth/test-support';
import { receivesNewsletters } from '$lib/server/newsletter/opt-out';
import { createNewsletterUnsubscribeToken } from '$lib/server/newsletter/unsubscribe-token';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { actions, load } from './+page.server';
import { GET, POST } from './+server';

let userId: string;
let token: string;

beforeAll(async () => {
	await createTestDatabase();
	userId = (await createTestAccount({ role: 'member', email: 'rosa.beispiel@example.org' })).id;
	token = await createNewsletterUnsubscribeToken(userId);
});

function oneClick(withToken: string, body = 'List-Unsubscribe=One-Click') {
	return POST({
		params: { token: withToken },
		request: new Request(`http://127.0.0.1/abbestellen/rundbrief/${withToken}`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body
		})
	} as never);
}

describe('/abbestellen/rundbrief/[token]', () => {
	it('opening the link only asks, with the address masked; a forged link is unknown', async () => {
		const { event } = await testEvent({
			url: `/abbestellen/rundbrief/${token}`,
			params: { token }
		});
		expect(await load(event as never)).toEqual({
			info: { maskedEmail: `ro${'•'.repeat(11)}@example.org`, receiving: true }
		});
		const forged = `${token.slice(0, -2)}xx`;
		const { event: bad } = await testEvent({ url: '/x', params: { token: forged } });
		expect(await thrownBy(() => load(bad as never))).toMatchObject({ status: 404 });
		expect(await receivesNewsletters(userId)).toBe(true);
	});

	it('a GET that does not ask for HTML changes nothing: 404 for a forged link, 200 otherwise', async () => {
		const get = (withToken: string) => GET({ params: { token: withToken } } as never);
		expect((await get(`${token}x`)).status).toBe(404);
		expect((await get(token)).status).toBe(200);
		expect(await receivesNewsletters(userId)).toBe(true);
	});

	it('a one-click POST (RFC 8058) unsubscribes; other bodies and forged tokens change nothing', async () => {
		expect((await oneClick(token, 'irgendwas')).status).toBe(400);
		expect((await oneClick(`${token}x`)).status).toBe(404);
		expect(await receivesNewsletters(userId)).toBe(true);
		const response = await oneClick(token);
		expect(response.status).toBe(200);
		expect(await receivesNewsletters(userId)).toBe(false);
		// The page's button does the same and can be pressed again.
		const { event } = await testEvent({ url: '/x', params: { token }, form: {} });
		expect(await actions.default(event as never)).toEqual({ done: true });
	});
});
