import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import { resetEnvForTests } from '../config/env';
import { db } from '../db';
import { emptyTestDatabase } from '../testing/test-db';
import { completeSetup } from './complete-setup';
import { loadSession } from './load-session';
import { user } from './schema';
import { prepareSetup, setupLinkFile } from './setup-token';
import { CookieJar } from './test-support';

const request = { ip: '203.0.113.5', userAgent: 'Testbrowser' };
let dataDir: string;
const saved = { DATA_DIR: process.env.DATA_DIR };

async function start(): Promise<{ url: string; token: string; printed: string[] }> {
	const printed: string[] = [];
	await prepareSetup((line) => printed.push(line));
	const url = fs.readFileSync(setupLinkFile(), 'utf8').trim();
	return { url, token: new URL(url).searchParams.get('token')!, printed };
}

describe('first setup', () => {
	beforeAll(() => {
		dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kn-setup-'));
		process.env.DATA_DIR = dataDir;
		resetEnvForTests();
	});
	afterAll(() => {
		if (saved.DATA_DIR === undefined) delete process.env.DATA_DIR;
		else process.env.DATA_DIR = saved.DATA_DIR;
		resetEnvForTests();
		fs.rmSync(dataDir, { recursive: true, force: true });
	});
	beforeEach(async () => {
		await emptyTestDatabase();
	});

	it('prints a setup link and writes it to DATA_DIR/setup-link.txt', async () => {
		const { url, printed } = await start();
		expect(printed).toEqual([`Einrichtung: ${url}`]);
		expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/einrichtung\?token=[\w-]{43}$/);
	});

	it('creates the first board account with the token, signs in, audits and removes the link', async () => {
		const { token } = await start();
		const result = await completeSetup({
			token,
			name: 'Bea Vorstand',
			email: 'Bea@Example.org',
			password: 'ein-sicheres-passwort',
			request
		});
		expect(result.status).toBe('signed-in');
		const session = await loadSession(new CookieJar().apply(result.setCookies).request());
		expect(session.user).toMatchObject({ email: 'bea@example.org', role: 'board' });

		const [entry] = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'auth.setup_complete'));
		expect(entry).toMatchObject({ actorUserId: null, targetId: session.user!.id, ip: request.ip });
		expect(fs.existsSync(setupLinkFile())).toBe(false);

		await expect(
			completeSetup({
				token,
				name: 'Zweite',
				email: 'z@example.org',
				password: 'ein-sicheres-passwort',
				request
			})
		).rejects.toMatchObject({ code: 'setup_done' });

		const printed: string[] = [];
		await prepareSetup((line) => printed.push(line));
		expect(printed).toEqual([]);
		expect(fs.existsSync(setupLinkFile())).toBe(false);
	});

	it('refuses a wrong token and one from an earlier start', async () => {
		const first = await start();
		const second = await start();
		expect(second.token).not.toBe(first.token);
		for (const token of ['falsch', first.token]) {
			await expect(
				completeSetup({
					token,
					name: 'X',
					email: 'x@example.org',
					password: 'ein-sicheres-passwort',
					request
				})
			).rejects.toMatchObject({ code: 'setup_token_invalid' });
		}
		expect(await db.select().from(user)).toHaveLength(0);
	});

	it('keeps the token usable when the account could not be created', async () => {
		const { token } = await start();
		await expect(
			completeSetup({ token, name: 'X', email: 'x@example.org', password: 'kurz', request })
		).rejects.toMatchObject({ code: 'weak_password' });
		await expect(
			completeSetup({
				token,
				name: 'X',
				email: 'x@example.org',
				password: 'lang-genug-jetzt',
				request
			})
		).resolves.toMatchObject({ status: 'signed-in' });
	});

	it('is rate limited per IP', async () => {
		await start();
		for (let i = 0; i < 10; i++) {
			await expect(
				completeSetup({
					token: 'falsch',
					name: 'X',
					email: 'x@example.org',
					password: 'lang-genug-jetzt',
					request
				})
			).rejects.toMatchObject({ code: 'setup_token_invalid' });
		}
		await expect(
			completeSetup({
				token: 'falsch',
				name: 'X',
				email: 'x@example.org',
				password: 'lang-genug-jetzt',
				request
			})
		).rejects.toMatchObject({ code: 'rate_limited' });
	});
});
