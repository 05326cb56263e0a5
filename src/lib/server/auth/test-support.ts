import { AsyncLocalStorage } from 'node:async_hooks';
import { createHmac } from 'node:crypto';
import { parseSetCookieHeader } from 'better-auth/cookies/utils';
import { and, desc, eq } from 'drizzle-orm';
import type { AccountRole } from '../../shared/roles';
import { db } from '../db';
import { mailMessage } from '../mail/schema';
import { getAuthContext } from './auth';
import { createAccount } from './create-account';
import type { RequestContext } from './request-context';
import { user } from './schema';
import { signIn } from './sign-in';
import type { SessionUser } from './types';

/**
 * Helpers for the auth tests: a browser-like cookie jar, accounts in one line and TOTP codes
 * computed the way an authenticator app does (RFC 6238), independent of better-auth's own code.
 */
export class CookieJar {
	private readonly cookies = new Map<string, string>();

	apply(setCookies: readonly string[]): this {
		for (const line of setCookies) {
			for (const [name, attributes] of parseSetCookieHeader(line)) {
				const expired =
					attributes['max-age'] !== undefined
						? attributes['max-age'] <= 0
						: attributes.expires !== undefined && attributes.expires.getTime() <= Date.now();
				if (expired || attributes.value === '') this.cookies.delete(name);
				else this.cookies.set(name, attributes.value);
			}
		}
		return this;
	}

	has(fragment: string): boolean {
		return [...this.cookies.keys()].some((name) => name.includes(fragment));
	}

	header(): string {
		return [...this.cookies]
			.map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
			.join('; ');
	}

	request(ip = '198.51.100.7'): RequestContext {
		return {
			ip,
			userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0',
			cookie: this.header()
		};
	}
}

export const TEST_PASSWORD = 'richtig-langes-passwort';

/**
 * Test accounts share one hash per password: better-auth's scrypt is slow by design (0.3–0.9 s
 * per hash on a loaded CI machine, hundreds of test accounts per run), and a hash with another
 * salt proves nothing more. Only createTestAccount's own call of createAccount takes the cached
 * hash; every other hashing (sign-up, password change and reset under test) stays real, and
 * sign-ins still verify the password against the stored hash.
 */
const hashingForTestAccount = new AsyncLocalStorage<true>();
const testPasswordHashes = new Map<string, Promise<string>>();
const contextsWithCache = new WeakSet<object>();

async function useCachedTestHashes(): Promise<void> {
	const { password } = await getAuthContext();
	if (contextsWithCache.has(password)) return;
	contextsWithCache.add(password);
	const hash = password.hash.bind(password);
	password.hash = (plain: string) => {
		if (!hashingForTestAccount.getStore()) return hash(plain);
		let cached = testPasswordHashes.get(plain);
		if (!cached) {
			cached = hash(plain);
			cached.catch(() => testPasswordHashes.delete(plain));
			testPasswordHashes.set(plain, cached);
		}
		return cached;
	};
}

export async function createTestAccount(
	overrides: Partial<{ email: string; name: string; role: AccountRole; password: string }> = {}
) {
	const email = overrides.email ?? `person-${Math.random().toString(36).slice(2, 10)}@example.org`;
	await useCachedTestHashes();
	const { id } = await hashingForTestAccount.run(true, () =>
		createAccount({
			email,
			name: overrides.name ?? 'Erika Muster',
			role: overrides.role ?? 'member',
			password: overrides.password ?? TEST_PASSWORD,
			emailVerified: true
		})
	);
	return { id, email, password: overrides.password ?? TEST_PASSWORD };
}

/** Signs in with the password and returns a jar holding the session (or the 2FA challenge). */
export async function signedInJar(email: string, password = TEST_PASSWORD, ip = '198.51.100.7') {
	const jar = new CookieJar();
	const result = await signIn({ email, password, request: new CookieJar().request(ip) });
	jar.apply(result.setCookies);
	return { jar, result };
}

function base32Decode(input: string): Buffer {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
	let bits = '';
	for (const char of input.replace(/=+$/, '').toUpperCase()) {
		const index = alphabet.indexOf(char);
		if (index < 0) throw new Error(`Kein Base32-Zeichen: ${char}`);
		bits += index.toString(2).padStart(5, '0');
	}
	const bytes: number[] = [];
	for (let i = 0; i + 8 <= bits.length; i += 8)
		bytes.push(Number.parseInt(bits.slice(i, i + 8), 2));
	return Buffer.from(bytes);
}

/** The code an authenticator app shows for a base32 secret (SHA-1, 6 digits, 30 s). */
export function totpCode(base32Secret: string, at: Date = new Date()): string {
	const counter = Buffer.alloc(8);
	counter.writeBigUInt64BE(BigInt(Math.floor(at.getTime() / 1000 / 30)));
	const digest = createHmac('sha1', base32Decode(base32Secret)).update(counter).digest();
	const offset = digest[digest.length - 1]! & 0x0f;
	const value = (digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
	return value.toString().padStart(6, '0');
}

/** A session user as the guards see it, for calling services directly. */
export async function createTestActor(
	role: AccountRole = 'board',
	overrides: Partial<{ email: string; name: string; twoFactorEnabled: boolean }> = {}
): Promise<SessionUser> {
	const account = await createTestAccount({ role, email: overrides.email, name: overrides.name });
	const twoFactorEnabled = overrides.twoFactorEnabled ?? role === 'board';
	if (twoFactorEnabled)
		await db.update(user).set({ twoFactorEnabled }).where(eq(user.id, account.id));
	return {
		id: account.id,
		email: account.email,
		name: overrides.name ?? 'Erika Muster',
		role,
		emailVerified: true,
		twoFactorEnabled,
		accessExpiresAt: null
	};
}

/** The newest mail to an address in a category, and the first link in it. */
export async function lastMail(to: string, category: string) {
	const [mail] = await db
		.select()
		.from(mailMessage)
		.where(and(eq(mailMessage.toAddress, to), eq(mailMessage.category, category)))
		.orderBy(desc(mailMessage.createdAt))
		.limit(1);
	if (!mail) throw new Error(`Keine Mail (${category}) an ${to}`);
	const link = /https?:\/\/\S+/.exec(mail.textBody)?.[0] ?? null;
	return { mail, link, token: link ? tokenFromLink(link) : null };
}

function tokenFromLink(link: string): string {
	const url = new URL(link);
	return url.searchParams.get('token') ?? decodeURIComponent(url.pathname.split('/').pop()!);
}
