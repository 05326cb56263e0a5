import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { createTestAccount, signedInJar } from '$lib/server/auth/test-support';
import { db } from '$lib/server/db';
import { confirmJoinRequest } from '$lib/server/join/confirm-join-request';
import { joinRequest } from '$lib/server/join/schema';
import { confirmationToken, submitAsPerson } from '$lib/server/join/testing/join-fixtures';
import { mailMessage } from '$lib/server/mail/schema';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { loadStateData } from '$lib/server/territory/load-state-data';
import { load as layoutLoad } from '../+layout.server';
import { actions, load } from './+page.server';

const EMAIL = 'anfrage@example.org';
let id: string;

beforeAll(async () => {
	await createTestDatabase();
	await loadStateData({ state: 'mv' });
	await submitAsPerson({ email: EMAIL });
	await confirmJoinRequest({ token: await confirmationToken(EMAIL) });
	id = (await db.select().from(joinRequest).where(eq(joinRequest.email, EMAIL)))[0]!.id;
});

describe('/verwaltung/mitmachen/[id]', () => {
	it('shows and changes nothing for anyone but the board', async () => {
		const visitors = [
			{ jar: undefined, expected: { status: 303 } },
			...(await Promise.all(
				(['interested', 'member', 'faction_admin'] as const).map(async (role) => ({
					jar: (await signedInJar((await createTestAccount({ role })).email)).jar,
					expected: { status: 403 }
				}))
			))
		];
		const forms = { accept: { role: 'member' }, decline: { notify: 'on' }, notes: { notes: 'x' } };
		for (const { jar, expected } of visitors) {
			const page = await testEvent({ url: `/verwaltung/mitmachen/${id}`, jar, params: { id } });
			expect(await thrownBy(() => layoutLoad(page.event as never))).toMatchObject(expected);
			expect(await thrownBy(() => load(page.event as never))).toMatchObject(expected);
			for (const [name, form] of Object.entries(forms)) {
				const { event } = await testEvent({
					url: `/verwaltung/mitmachen/${id}?/${name}`,
					jar,
					params: { id },
					form
				});
				const action = actions[name as keyof typeof actions];
				expect(await thrownBy(() => action(event as never))).toMatchObject(expected);
			}
		}
		expect(await db.select().from(joinRequest).where(eq(joinRequest.id, id))).toMatchObject([
			{ status: 'open', notes: '' }
		]);
		expect(
			await db.select().from(mailMessage).where(eq(mailMessage.category, 'auth.invitation'))
		).toEqual([]);
	});
});
