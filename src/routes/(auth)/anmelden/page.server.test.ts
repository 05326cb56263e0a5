import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSession } from '$lib/server/auth/load-session';
import { hitRateLimit, RATE_LIMITS } from '$lib/server/security/rate-limit';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { CookieJar, createTestAccount, createTestActor } from '$lib/server/auth/test-support';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { actions } from './+page.server';
import { actions as codeActions } from './zwei-faktor/+page.server';

describe('/anmelden form action', () => {
	// One database per file: every test signs in with an account (and address) of its own.
	beforeAll(async () => {
		await createTestDatabase();
	});

	it('keeps the address but never the password after a wrong password', async () => {
		const account = await createTestAccount();
		const { event } = await testEvent({
			url: '/anmelden',
			form: { email: account.email, password: 'falsches-passwort' }
		});
		const result = await actions.default(event as never);
		expect(result).toMatchObject({
			status: 400,
			data: {
				message: 'E-Mail-Adresse oder Passwort stimmen nicht.',
				values: { email: account.email }
			}
		});
		expect(JSON.stringify(result)).not.toContain('falsches-passwort');
	});

	it('signs in, sets an httpOnly SameSite=Lax cookie and goes to the same-site return path', async () => {
		const account = await createTestAccount();
		const { event, cookies } = await testEvent({
			url: '/anmelden?weiter=%2Fkonto%2Fsicherheit',
			form: { email: account.email, password: account.password }
		});
		expect(await thrownBy(() => actions.default(event as never))).toMatchObject({
			status: 303,
			location: '/konto/sicherheit'
		});
		const [name, cookie] = [...cookies.set_].find(([key]) => key.endsWith('session_token'))!;
		expect(name).toBe('kommunalnetz.session_token');
		expect(cookie.options).toMatchObject({
			httpOnly: true,
			sameSite: 'lax',
			secure: false,
			path: '/'
		});
		const jar = new CookieJar().apply(cookies.setCookieLines());
		expect((await loadSession(jar.request())).user?.id).toBe(account.id);
	});

	it('refuses other sites as return path', async () => {
		const account = await createTestAccount();
		const { event } = await testEvent({
			url: '/anmelden?weiter=https%3A%2F%2Fevil.example%2F',
			form: { email: account.email, password: account.password }
		});
		expect(await thrownBy(() => actions.default(event as never))).toMatchObject({ location: '/' });
	});

	it('sends accounts with two-factor sign-in to the code step', async () => {
		const board = await createTestActor('board');
		const { event, cookies } = await testEvent({
			url: '/anmelden?weiter=%2Fverwaltung',
			form: { email: board.email, password: 'richtig-langes-passwort' }
		});
		// createTestActor only sets the flag; without a TOTP secret no code can succeed, but the
		// password step must still stop at the challenge rather than create a session.
		expect(await thrownBy(() => actions.default(event as never))).toMatchObject({
			location: '/anmelden/zwei-faktor?weiter=%2Fverwaltung'
		});
		const jar = new CookieJar().apply(cookies.setCookieLines());
		expect(jar.has('two_factor')).toBe(true);
		expect((await loadSession(jar.request())).user).toBeNull();

		const step = await testEvent({ url: '/anmelden/zwei-faktor', jar, form: { code: '12' } });
		expect(await codeActions.default(step.event as never)).toMatchObject({
			status: 400,
			data: { errors: { code: [expect.stringMatching(/sechsstelligen Code/)] } }
		});
	});

	it('answers 429 with a German message once the limit is reached', async () => {
		// How sign-in counts attempts per IP is proven in auth/sign-in.test.ts; here the window is
		// filled directly, since 30 refused sign-ins cost 30 deliberately slow password hashes.
		const ip = '203.0.113.99';
		// Windows are fixed 15-minute spans: start at the beginning of one, so it cannot end midway.
		const windowMs = RATE_LIMITS.signInPerIp.windowSeconds * 1000;
		vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
		vi.setSystemTime(Math.ceil(Date.now() / windowMs) * windowMs + 1000);
		for (let i = 0; i < RATE_LIMITS.signInPerIp.limit; i++) {
			await hitRateLimit(RATE_LIMITS.signInPerIp, `ip:${ip}`);
		}
		const { event } = await testEvent({
			url: '/anmelden',
			ip,
			form: { email: 'x@example.org', password: 'falsch-falsch' }
		});
		const last = await actions.default(event as never).finally(() => vi.useRealTimers());
		expect(last).toMatchObject({
			status: 429,
			data: { message: expect.stringMatching(/Zu viele Versuche/) }
		});
	});
});
