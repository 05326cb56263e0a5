import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { RATE_LIMITS } from '../security/rate-limit';
import { createTestDatabase } from '../testing/test-db';
import { AuthError, RateLimitedError } from './errors';
import { loadSession } from './load-session';
import { user } from './schema';
import { signIn } from './sign-in';
import { CookieJar, createTestAccount, signedInJar } from './test-support';

describe('signIn', () => {
	beforeEach(async () => {
		await createTestDatabase();
	});

	it('signs in with the right password and the session carries role and account data', async () => {
		const account = await createTestAccount({ role: 'member', name: 'Mia Mitglied' });
		const { jar, result } = await signedInJar(account.email.toUpperCase());
		expect(result.status).toBe('signed-in');
		const session = await loadSession(jar.request());
		expect(session.user).toMatchObject({
			id: account.id,
			email: account.email,
			name: 'Mia Mitglied',
			role: 'member',
			twoFactorEnabled: false
		});
		expect(session.sessionId).toBeTruthy();
	});

	it('refuses a wrong password without telling whether the address exists', async () => {
		const account = await createTestAccount();
		const wrong = signIn({
			email: account.email,
			password: 'falsches-passwort',
			request: { ip: '1.2.3.4' }
		});
		await expect(wrong).rejects.toMatchObject({ code: 'invalid_credentials' });
		const unknown = signIn({
			email: 'niemand@example.org',
			password: 'irgendwas-langes',
			request: { ip: '1.2.3.4' }
		});
		await expect(unknown).rejects.toMatchObject({ code: 'invalid_credentials' });
	});

	it('refuses a deactivated account, and its existing session stops working at once', async () => {
		const account = await createTestAccount();
		const { jar } = await signedInJar(account.email);
		await db.update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, account.id));
		expect((await loadSession(jar.request())).user).toBeNull();
		await expect(
			signIn({ email: account.email, password: account.password, request: { ip: '1.2.3.4' } })
		).rejects.toMatchObject({ code: 'account_deactivated' });
	});

	it('limits attempts per e-mail address across IPs', async () => {
		const account = await createTestAccount();
		for (let i = 0; i < 10; i++) {
			await expect(
				signIn({ email: account.email, password: 'falsch-falsch', request: { ip: `10.0.0.${i}` } })
			).rejects.toBeInstanceOf(AuthError);
		}
		const blocked = signIn({
			email: account.email,
			password: account.password,
			request: { ip: '10.0.1.1' }
		});
		await expect(blocked).rejects.toBeInstanceOf(RateLimitedError);
		await expect(blocked).rejects.toThrow(/Zu viele Versuche/);
	});

	it('limits attempts per IP across addresses', async () => {
		for (let i = 0; i < RATE_LIMITS.signInPerIp.limit; i++) {
			await expect(
				signIn({
					email: `x${i}@example.org`,
					password: 'falsch-falsch',
					request: { ip: '10.9.9.9' }
				})
			).rejects.toMatchObject({ code: 'invalid_credentials' });
		}
		await expect(
			signIn({ email: 'y@example.org', password: 'falsch-falsch', request: { ip: '10.9.9.9' } })
		).rejects.toBeInstanceOf(RateLimitedError);
	});

	it('ignores a forged or missing session cookie', async () => {
		const jar = new CookieJar().apply(['kommunalnetz.session_token=abc.def; Path=/']);
		expect((await loadSession(jar.request())).user).toBeNull();
	});
});
