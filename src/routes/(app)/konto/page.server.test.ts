import { beforeEach, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { createTestAccount, signedInJar } from '$lib/server/auth/test-support';
import { emptyTestDatabase } from '$lib/server/testing/test-db';
import { actions, load } from './+page.server';

describe('/konto', () => {
	beforeEach(async () => {
		await emptyTestDatabase();
	});

	it('sends anonymous visitors to sign in, from load and from every action', async () => {
		const { event } = await testEvent({ url: '/konto', form: { name: 'X' } });
		expect(await thrownBy(() => load(event as never))).toMatchObject({
			status: 303,
			location: '/anmelden?weiter=%2Fkonto'
		});
		for (const action of Object.values(actions)) {
			expect(await thrownBy(() => action(event as never))).toMatchObject({ status: 303 });
		}
	});

	it('reports a wrong current password at that field of the password form only', async () => {
		const account = await createTestAccount();
		const { jar } = await signedInJar(account.email);
		const { event } = await testEvent({
			url: '/konto?/password',
			jar,
			form: {
				currentPassword: 'falsch-falsch',
				password: 'neues-passwort-1',
				passwordRepeat: 'neues-passwort-1'
			}
		});
		const result = await actions.password(event as never);
		expect(result).toMatchObject({
			status: 400,
			data: { scope: 'password', errors: { currentPassword: ['Das Passwort stimmt nicht.'] } }
		});
		expect(JSON.stringify(result)).not.toContain('neues-passwort-1');
	});

	it('changes the password, keeps this session and reloads it for the page', async () => {
		const account = await createTestAccount();
		const { jar } = await signedInJar(account.email);
		const { event } = await testEvent({
			url: '/konto?/password',
			jar,
			form: {
				currentPassword: account.password,
				password: 'neues-passwort-1',
				passwordRepeat: 'neues-passwort-1'
			}
		});
		expect(await actions.password(event as never)).toMatchObject({ scope: 'password' });
		expect(event.locals.user?.id).toBe(account.id);
		expect(event.locals.sessionId).toBeTruthy();
	});
});
