import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../db';
import { hitRateLimit, RATE_LIMITS, type RateLimitRule } from '../security/rate-limit';
import { createTestDatabase } from '../testing/test-db';
import { AuthError, RateLimitedError } from './errors';
import { loadSession } from './load-session';
import { user } from './schema';
import { signIn } from './sign-in';
import { CookieJar, createTestAccount, signedInJar } from './test-support';

/**
 * Rate limits count in fixed 15-minute windows, so a slow loop of refused sign-ins (each hashes
 * a password) that crosses a window's end would start counting anew: these tests start at the
 * beginning of a window, with the clock running on from there.
 */
function atStartOfRateLimitWindow(): void {
	const windowMs = RATE_LIMITS.signIn.windowSeconds * 1000;
	vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
	vi.setSystemTime(Math.ceil(Date.now() / windowMs) * windowMs + 1000);
}

/**
 * Refused sign-ins that the limits count: the last few of a window are real ones (each hashes a
 * password, slowly by design), the earlier ones are counted into the same window directly. Were
 * the real attempts not counted under that key, the next one would not be refused.
 */
const REAL_ATTEMPTS = 3;
async function usedUpButLast(rule: RateLimitRule, subject: string): Promise<void> {
	for (let i = 0; i < rule.limit - REAL_ATTEMPTS; i++) await hitRateLimit(rule, subject);
}

afterEach(() => {
	vi.useRealTimers();
});

describe('signIn', () => {
	// One database per file: each test has its own account, addresses and IPs (rate limits).
	beforeAll(async () => {
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
		atStartOfRateLimitWindow();
		await usedUpButLast(RATE_LIMITS.signIn, `email:${account.email}`);
		for (let i = 0; i < REAL_ATTEMPTS; i++) {
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
		atStartOfRateLimitWindow();
		await usedUpButLast(RATE_LIMITS.signInPerIp, 'ip:10.9.9.9');
		for (let i = 0; i < REAL_ATTEMPTS; i++) {
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
