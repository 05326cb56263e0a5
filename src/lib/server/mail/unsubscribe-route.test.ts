import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { thrownBy } from '../auth/test-event';
import { createTestAccount } from '../auth/test-support';
import { user } from '../auth/schema';
import { db } from '../db';
import { createCommentMailToken } from '../motions/comments/notifications/unsubscribe-token';
import {
	applyNewsletterUnsubscribe,
	describeNewsletterUnsubscribe,
	receivesNewsletters
} from '../newsletter/opt-out';
import { createNewsletterUnsubscribeToken } from '../newsletter/unsubscribe-token';
import { createTestDatabase, testDatabaseKind } from '../testing/test-db';
import { unsubscribeRoute } from './unsubscribe-route';

const INVALID = 'Dieser Link gilt nicht.';
const route = unsubscribeRoute({
	describe: describeNewsletterUnsubscribe,
	apply: applyNewsletterUnsubscribe,
	done: (info) => `Abbestellt für ${info.maskedEmail}`,
	invalid: INVALID
});

let userId: string;
let token: string;

beforeAll(async () => {
	await createTestDatabase();
	userId = (await createTestAccount({ role: 'member', email: 'rosa.beispiel@example.org' })).id;
	token = await createNewsletterUnsubscribeToken(userId);
});

const at = (withToken: string) => ({ params: { token: withToken } });

function oneClick(withToken: string, body = 'List-Unsubscribe=One-Click') {
	return route.POST({
		...at(withToken),
		request: new Request(`http://127.0.0.1/abbestellen/x/${withToken}`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body
		})
	});
}

/** Every way in refuses the token with 404 (the page with its own message) and changes nothing. */
async function expectRefused(withToken: string, subject = userId) {
	expect((await route.GET(at(withToken))).status).toBe(404);
	expect((await oneClick(withToken)).status).toBe(404);
	expect(await thrownBy(() => route.load(at(withToken)))).toMatchObject({
		status: 404,
		body: { message: INVALID }
	});
	expect(await thrownBy(() => route.action(at(withToken)))).toMatchObject({ status: 404 });
	expect(await receivesNewsletters(subject)).toBe(true);
}

describe(`unsubscribeRoute on ${testDatabaseKind}`, () => {
	it('refuses forged, altered and malformed tokens', async () => {
		await expectRefused(`${token.slice(0, -2)}xx`);
		await expectRefused(`x${token}`);
		await expectRefused('kein-token');
		await expectRefused(`${token}.${token}`);
	});

	it('refuses a genuine token signed for another purpose', async () => {
		await expectRefused(await createCommentMailToken(userId, crypto.randomUUID()));
	});

	it('refuses a genuine token whose person is gone', async () => {
		const goneId = (await createTestAccount({ role: 'member', email: 'weg@example.org' })).id;
		const stale = await createNewsletterUnsubscribeToken(goneId);
		await db.delete(user).where(eq(user.id, goneId));
		expect((await route.GET(at(stale))).status).toBe(404);
		expect((await oneClick(stale)).status).toBe(404);
		expect(await thrownBy(() => route.load(at(stale)))).toMatchObject({ status: 404 });
	});

	it('a POST without the one-click pair, a GET and opening the page change nothing', async () => {
		const wrongBody = await oneClick(token, 'List-Unsubscribe=Bitte');
		expect(wrongBody.status).toBe(400);
		expect(await wrongBody.text()).toBe('Erwartet: List-Unsubscribe=One-Click');
		const get = await route.GET(at(token));
		expect(get.status).toBe(200);
		expect(get.headers.get('cache-control')).toBe('no-store');
		expect(await route.load(at(token))).toEqual({
			info: { maskedEmail: `ro${'•'.repeat(11)}@example.org`, receiving: true }
		});
		expect(await receivesNewsletters(userId)).toBe(true);
	});

	it('one click acts and answers with what it stopped; again and by the button it stays done', async () => {
		const first = await oneClick(token);
		expect(first.status).toBe(200);
		expect(await first.text()).toBe(`Abbestellt für ro${'•'.repeat(11)}@example.org`);
		expect(await receivesNewsletters(userId)).toBe(false);
		expect((await oneClick(token)).status).toBe(200);
		expect(await route.action(at(token))).toEqual({ done: true });
		expect(await route.load(at(token))).toMatchObject({ info: { receiving: false } });
	});
});
