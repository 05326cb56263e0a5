import { beforeAll, describe, expect, it } from 'vitest';
import { authenticateApiToken } from '$lib/server/api-tokens/authenticate-api-token';
import { expiryAfterDay } from '$lib/server/api-tokens/expiry';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { createTestAccount, signedInJar } from '$lib/server/auth/test-support';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { actions, load } from './+page.server';

let jar: Awaited<ReturnType<typeof signedInJar>>['jar'];

beforeAll(async () => {
	await createTestDatabase();
	const account = await createTestAccount({ email: 'programm@example.org', role: 'interested' });
	({ jar } = await signedInJar(account.email));
});

async function act(name: keyof typeof actions, form: Record<string, string>) {
	const { event } = await testEvent({ url: `/konto/api-tokens?/${name}`, jar, form });
	return actions[name](event as never) as Promise<Record<string, unknown>>;
}

async function tokens() {
	const { event } = await testEvent({ url: '/konto/api-tokens', jar });
	return (await load(event as never)).tokens;
}

describe('/konto/api-tokens', () => {
	it('sends anonymous visitors to sign in, from load and from every action', async () => {
		const { event } = await testEvent({ url: '/konto/api-tokens', form: { name: 'X' } });
		expect(await thrownBy(() => load(event as never))).toMatchObject({ status: 303 });
		for (const action of Object.values(actions)) {
			expect(await thrownBy(() => action(event as never))).toMatchObject({ status: 303 });
		}
	});

	it('creates a token, shows it once and lists it without the secret', async () => {
		const result = await act('create', { name: 'Import', expiresOn: '2999-12-31' });
		const created = result.created as { name: string; token: string };
		expect(created.name).toBe('Import');
		expect(await authenticateApiToken(created.token)).not.toBeNull();
		const listed = await tokens();
		expect(listed).toEqual([
			expect.objectContaining({
				name: 'Import',
				state: 'active',
				expiresAt: expiryAfterDay('2999-12-31')
			})
		]);
		expect(JSON.stringify(listed)).not.toContain(created.token);
	});

	it('keeps what was typed and says what is wrong, next to the field', async () => {
		expect(await act('create', { name: ' ', expiresOn: '2020-01-01' })).toMatchObject({
			status: 400,
			data: {
				errors: {
					name: ['Bitte einen Namen angeben.'],
					expiresOn: ['Das Ablaufdatum muss nach dem heutigen Tag liegen.']
				},
				values: { expiresOn: '2020-01-01' }
			}
		});
		expect(await act('create', { name: 'X', expiresOn: '2999-02-30' })).toMatchObject({
			data: { errors: { expiresOn: ['Dieses Datum gibt es nicht.'] } }
		});
	});

	it('revokes a token so it stops working; unknown ids change nothing', async () => {
		const { created } = (await act('create', { name: 'Kurzlebig', expiresOn: '' })) as {
			created: { id: string; token: string };
		};
		expect(await act('revoke', { tokenId: created.id })).toMatchObject({
			success: expect.stringContaining('widerrufen')
		});
		expect(await authenticateApiToken(created.token)).toBeNull();
		expect((await tokens()).find((t) => t.id === created.id)?.state).toBe('revoked');
		expect(await act('revoke', { tokenId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
			status: 404
		});
	});
});
