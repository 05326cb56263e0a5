import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { db } from '../../db';
import { emptyTestDatabase } from '../../testing/test-db';
import { loadSession } from '../load-session';
import { signIn } from '../sign-in';
import { CookieJar, createTestAccount, lastMail, signedInJar, totpCode } from '../test-support';
import type { SessionUser } from '../types';
import { verifySignInCode } from '../verify-sign-in-code';
import { confirmTwoFactorSetup } from './confirm-two-factor-setup';
import { disableTwoFactor } from './disable-two-factor';
import { pendingTwoFactorSetup } from './pending-two-factor-setup';
import { regenerateBackupCodes } from './regenerate-backup-codes';
import { startTwoFactorSetup } from './start-two-factor-setup';

const ip = '192.0.2.40';

/** Signs in, enables TOTP through both steps, returns what a person would have afterwards. */
async function enableTwoFactor(role: 'member' | 'board' = 'member') {
	const account = await createTestAccount({ role });
	const { jar } = await signedInJar(account.email);
	const actor = (await loadSession(jar.request(ip))).user!;
	const display = await startTwoFactorSetup({
		actor,
		password: account.password,
		request: jar.request(ip)
	});
	const confirmed = await confirmTwoFactorSetup({
		actor,
		code: totpCode(display.secret),
		request: jar.request(ip)
	});
	jar.apply(confirmed.setCookies);
	return { account, jar, display, backupCodes: confirmed.backupCodes };
}

async function signInWithCode(email: string, password: string, code: string) {
	const jar = new CookieJar();
	const first = await signIn({ email, password, request: { ip } });
	expect(first.status).toBe('two-factor');
	jar.apply(first.setCookies);
	expect((await loadSession(jar.request(ip))).user).toBeNull();
	jar.apply((await verifySignInCode({ code, request: jar.request(ip) })).setCookies);
	return jar;
}

describe('two-factor sign-in (TOTP)', () => {
	beforeEach(async () => {
		await emptyTestDatabase();
	});

	it('is set up with the password, a QR code and a code computed from the shown secret', async () => {
		const account = await createTestAccount();
		const { jar } = await signedInJar(account.email);
		const actor = (await loadSession(jar.request(ip))).user!;
		await expect(
			startTwoFactorSetup({ actor, password: 'falsches-passwort', request: jar.request(ip) })
		).rejects.toMatchObject({ code: 'wrong_password', field: 'password' });

		const display = await startTwoFactorSetup({
			actor,
			password: account.password,
			request: jar.request(ip)
		});
		expect(display.secret).toMatch(/^[A-Z2-7]{32,}$/);
		expect(display.uri).toContain(`secret=${display.secret}`);
		expect(display.qrSvg).toMatch(/^<svg role="img" aria-label="QR-Code/);
		expect((await pendingTwoFactorSetup({ actor }))?.uri).toBe(display.uri);

		await expect(
			confirmTwoFactorSetup({ actor, code: '000000', request: jar.request(ip) })
		).rejects.toMatchObject({ code: 'two_factor_invalid_code' });
		expect((await loadSession(jar.request(ip))).user?.twoFactorEnabled).toBe(false);

		const confirmed = await confirmTwoFactorSetup({
			actor,
			code: totpCode(display.secret),
			request: jar.request(ip)
		});
		expect(confirmed.backupCodes).toHaveLength(10);
		// better-auth swaps the session: the old cookie is dead, the new one knows about 2FA.
		expect((await loadSession(jar.request(ip))).user).toBeNull();
		jar.apply(confirmed.setCookies);
		expect((await loadSession(jar.request(ip))).user?.twoFactorEnabled).toBe(true);
		expect(await pendingTwoFactorSetup({ actor })).toBeNull();

		await lastMail(account.email, 'auth.two_factor_enabled');
		const [entry] = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'user.two_factor_enable'));
		expect(entry).toMatchObject({ actorUserId: account.id, ip });
	});

	it('asks for the code at sign-in and accepts only a right one', async () => {
		const { account, display } = await enableTwoFactor();
		const jar = new CookieJar();
		const first = await signIn({
			email: account.email,
			password: account.password,
			request: { ip }
		});
		jar.apply(first.setCookies);
		await expect(
			verifySignInCode({ code: '123456', request: jar.request(ip) })
		).rejects.toMatchObject({
			code: 'two_factor_invalid_code'
		});
		await expect(
			verifySignInCode({ code: totpCode(display.secret), request: { ip } })
		).rejects.toMatchObject({
			code: 'two_factor_challenge_expired'
		});
		jar.apply(
			(await verifySignInCode({ code: totpCode(display.secret), request: jar.request(ip) }))
				.setCookies
		);
		expect((await loadSession(jar.request(ip))).user?.email).toBe(account.email);
	});

	it('accepts each backup code once; regenerating replaces them all', async () => {
		const { account, jar, backupCodes } = await enableTwoFactor();
		const signedIn = await signInWithCode(account.email, account.password, backupCodes[0]!);
		expect((await loadSession(signedIn.request(ip))).user?.id).toBe(account.id);

		const again = new CookieJar().apply(
			(await signIn({ email: account.email, password: account.password, request: { ip } }))
				.setCookies
		);
		await expect(
			verifySignInCode({ code: backupCodes[0]!, request: again.request(ip) })
		).rejects.toMatchObject({
			code: 'two_factor_invalid_backup_code'
		});

		const actor = (await loadSession(jar.request(ip))).user!;
		await expect(
			regenerateBackupCodes({ actor, password: 'falsch-falsch', request: jar.request(ip) })
		).rejects.toMatchObject({ code: 'wrong_password' });
		const fresh = await regenerateBackupCodes({
			actor,
			password: account.password,
			request: jar.request(ip)
		});
		expect(fresh).toHaveLength(10);
		expect(fresh).not.toContain(backupCodes[1]);
		await expect(
			verifySignInCode({ code: backupCodes[1]!, request: again.request(ip) })
		).rejects.toMatchObject({
			code: 'two_factor_invalid_backup_code'
		});
		await signInWithCode(account.email, account.password, fresh[0]!);
	});

	it('can be switched off by members but not by the board', async () => {
		const member = await enableTwoFactor('member');
		const memberActor = (await loadSession(member.jar.request(ip))).user!;
		const { setCookies } = await disableTwoFactor({
			actor: memberActor,
			password: member.account.password,
			request: member.jar.request(ip)
		});
		member.jar.apply(setCookies);
		expect((await loadSession(member.jar.request(ip))).user?.twoFactorEnabled).toBe(false);
		await expect(
			signIn({ email: member.account.email, password: member.account.password, request: { ip } })
		).resolves.toMatchObject({ status: 'signed-in' });

		const board = await enableTwoFactor('board');
		const boardActor: SessionUser = (await loadSession(board.jar.request(ip))).user!;
		await expect(
			disableTwoFactor({
				actor: boardActor,
				password: board.account.password,
				request: board.jar.request(ip)
			})
		).rejects.toMatchObject({ code: 'two_factor_required_for_board' });
	});
});
