import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { user } from '$lib/server/auth/schema';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { createTestAccount, signedInJar } from '$lib/server/auth/test-support';
import { db } from '$lib/server/db';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { actions, load } from './+page.server';
import { GET } from './meine-daten.json/+server';

describe('/konto/daten', () => {
	// One database per file: each test has accounts of its own, and only the last one a board
	// account (it must be the only one).
	beforeAll(async () => {
		await createTestDatabase();
	});

	it('sends anonymous visitors to sign in, from the page, the action and the download', async () => {
		const { event } = await testEvent({ url: '/konto/daten', form: { password: 'x' } });
		expect(await thrownBy(() => load(event as never))).toMatchObject({
			status: 303,
			location: '/anmelden?weiter=%2Fkonto%2Fdaten'
		});
		expect(await thrownBy(() => actions.delete(event as never))).toMatchObject({ status: 303 });
		expect(await thrownBy(() => GET(event as never))).toMatchObject({ status: 303 });
	});

	it('offers the download as a JSON attachment of the signed-in account only', async () => {
		const account = await createTestAccount({ name: 'Paula Probe' });
		await createTestAccount({ name: 'Otto Anders' });
		const { jar } = await signedInJar(account.email);
		const { event } = await testEvent({ url: '/konto/daten/meine-daten.json', jar });
		const response = await GET(event as never);
		expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(response.headers.get('content-disposition')).toMatch(
			/^attachment; filename="kommunalnetz-meine-daten-\d{4}-\d{2}-\d{2}\.json"$/
		);
		expect(response.headers.get('cache-control')).toBe('no-store');
		const body = await response.json();
		expect(body.account).toMatchObject({ id: account.id, email: account.email });
		expect(JSON.stringify(body)).not.toContain('Otto Anders');
	});

	it('reports a wrong password at the field, never echoes it and keeps the account', async () => {
		const account = await createTestAccount();
		const { jar } = await signedInJar(account.email);
		const { event } = await testEvent({
			url: '/konto/daten?/delete',
			jar,
			form: { password: 'falsch-aber-lang' }
		});
		const result = await actions.delete(event as never);
		expect(result).toMatchObject({
			status: 400,
			data: { scope: 'delete', errors: { password: ['Das Passwort stimmt nicht.'] } }
		});
		expect(JSON.stringify(result)).not.toContain('falsch-aber-lang');
		expect(await db.select().from(user).where(eq(user.id, account.id))).toHaveLength(1);
	});

	it('deletes the account, clears the session cookie and shows the confirmation page', async () => {
		const account = await createTestAccount();
		const { jar } = await signedInJar(account.email);
		const { event, cookies } = await testEvent({
			url: '/konto/daten?/delete',
			jar,
			form: { password: account.password }
		});
		expect(await thrownBy(() => actions.delete(event as never))).toMatchObject({
			status: 303,
			location: '/konto-geloescht'
		});
		expect(cookies.setCookieLines().some((line) => /session_token=; Max-Age=0/.test(line))).toBe(
			true
		);
		expect(await db.select().from(user).where(eq(user.id, account.id))).toEqual([]);
	});

	it('tells the last board member why the account cannot be deleted yet', async () => {
		const account = await createTestAccount({ role: 'board' });
		const { jar } = await signedInJar(account.email);
		const { event } = await testEvent({ url: '/konto/daten', jar });
		const data = await load(event as never);
		expect(data.deletion).toEqual({ lastBoard: true, hasPerson: false, keepsPublicRecord: false });
	});
});
