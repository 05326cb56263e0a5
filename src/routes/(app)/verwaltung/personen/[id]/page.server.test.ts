import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '$lib/server/db';
import { user } from '$lib/server/auth/schema';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { createTestAccount, signedInJar } from '$lib/server/auth/test-support';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { actions } from './+page.server';

describe('/verwaltung/personen/[id] actions', () => {
	beforeEach(async () => {
		await createTestDatabase();
	});

	it('refuse members (403) and board members without two-factor (to the set-up page)', async () => {
		const target = await createTestAccount({ role: 'interested' });
		const member = await createTestAccount({ role: 'member' });
		const board = await createTestAccount({ role: 'board' });
		for (const [account, expected] of [
			[member, { status: 403 }],
			[board, { status: 303, location: '/konto/sicherheit?pflicht=2fa' }]
		] as const) {
			const { jar } = await signedInJar(account.email);
			const { event } = await testEvent({
				url: `/verwaltung/personen/${target.id}?/role`,
				jar,
				params: { id: target.id },
				form: { role: 'board' }
			});
			expect(await thrownBy(() => actions.role(event as never))).toMatchObject(expected);
		}
		expect((await db.select().from(user).where(eq(user.id, target.id)))[0]!.role).toBe(
			'interested'
		);
	});
});
