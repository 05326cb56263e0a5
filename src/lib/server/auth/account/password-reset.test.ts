import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { db } from '../../db';
import { mailMessage } from '../../mail/schema';
import { emptyTestDatabase } from '../../testing/test-db';
import { loadSession } from '../load-session';
import { user } from '../schema';
import { signIn } from '../sign-in';
import { createTestAccount, lastMail, signedInJar } from '../test-support';
import { checkPasswordResetToken, resetPassword } from './reset-password';
import { requestPasswordReset } from './request-password-reset';

const request = { ip: '192.0.2.20' };

describe('password reset', () => {
	beforeEach(async () => {
		await emptyTestDatabase();
	});

	it('mails a link; the new password works, the old does not, and every session ends', async () => {
		const account = await createTestAccount();
		const first = await signedInJar(account.email);
		const second = await signedInJar(account.email, account.password, '192.0.2.99');

		await requestPasswordReset({ email: account.email.toUpperCase(), request });
		const { link, token, mail } = await lastMail(account.email, 'auth.password_reset');
		expect(link).toMatch(/\/passwort-zuruecksetzen\?token=/);
		expect(mail.textBody).toContain('alle Sitzungen');
		expect(await checkPasswordResetToken(token!)).toBe('valid');

		await resetPassword({ token: token!, newPassword: 'ganz-neues-passwort', request });
		for (const jar of [first.jar, second.jar]) {
			expect((await loadSession(jar.request())).user).toBeNull();
		}
		await expect(
			signIn({ email: account.email, password: account.password, request })
		).rejects.toMatchObject({ code: 'invalid_credentials' });
		await expect(
			signIn({ email: account.email, password: 'ganz-neues-passwort', request })
		).resolves.toMatchObject({ status: 'signed-in' });

		expect(await checkPasswordResetToken(token!)).toBe('invalid');
		await expect(
			resetPassword({ token: token!, newPassword: 'noch-ein-passwort', request })
		).rejects.toMatchObject({ code: 'token_invalid' });
		const [entry] = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'user.password_reset'));
		expect(entry).toMatchObject({ targetId: account.id, ip: request.ip });
	});

	it('answers the same for unknown and deactivated addresses and mails nothing', async () => {
		const account = await createTestAccount();
		await db.update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, account.id));
		await expect(
			requestPasswordReset({ email: 'niemand@example.org', request })
		).resolves.toBeUndefined();
		await expect(requestPasswordReset({ email: account.email, request })).resolves.toBeUndefined();
		expect(await db.select().from(mailMessage)).toEqual([]);
	});

	it('tells expired links apart from invalid ones', async () => {
		const account = await createTestAccount();
		await requestPasswordReset({ email: account.email, request });
		const { token } = await lastMail(account.email, 'auth.password_reset');
		await db.execute(`update verification set expires_at = now() - interval '1 minute'`);
		expect(await checkPasswordResetToken(token!)).toBe('expired');
		await expect(
			resetPassword({ token: token!, newPassword: 'ganz-neues-passwort', request })
		).rejects.toMatchObject({ code: 'token_expired' });
		expect(await checkPasswordResetToken('ausgedacht')).toBe('invalid');
	});

	it('is rate limited per address', async () => {
		const account = await createTestAccount();
		for (let i = 0; i < 5; i++) {
			await requestPasswordReset({ email: account.email, request: { ip: `192.0.2.${i}` } });
		}
		await expect(
			requestPasswordReset({ email: account.email, request: { ip: '192.0.2.200' } })
		).rejects.toMatchObject({ code: 'rate_limited' });
	});
});
