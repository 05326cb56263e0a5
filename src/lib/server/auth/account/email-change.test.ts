import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { db } from '../../db';
import { mailMessage } from '../../mail/schema';
import { emptyTestDatabase } from '../../testing/test-db';
import { user } from '../schema';
import { createTestActor, lastMail } from '../test-support';
import { confirmEmail } from './confirm-email';
import { requestEmailChange } from './request-email-change';
import { resendVerification } from './resend-verification';

describe('e-mail change and verification', () => {
	beforeEach(async () => {
		await emptyTestDatabase();
	});

	it('keeps the old address until the link sent to the new one is used', async () => {
		const actor = await createTestActor('member', { email: 'alt@example.org' });
		await requestEmailChange({ actor, newEmail: 'Neu@Example.org' });
		const { link, token } = await lastMail('neu@example.org', 'auth.email_confirmation');
		expect(link).toMatch(/\/email-bestaetigen\?token=/);
		expect((await db.select().from(user).where(eq(user.id, actor.id)))[0]!.email).toBe(
			'alt@example.org'
		);

		await expect(confirmEmail({ token: token!, ip: '192.0.2.30' })).resolves.toEqual({
			kind: 'changed',
			email: 'neu@example.org'
		});
		const [row] = await db.select().from(user).where(eq(user.id, actor.id));
		expect(row).toMatchObject({ email: 'neu@example.org', emailVerified: true });
		await lastMail('alt@example.org', 'auth.email_changed');
		const [entry] = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'user.email_change'));
		expect(entry?.details).toEqual({ old: 'alt@example.org', new: 'neu@example.org' });

		await expect(confirmEmail({ token: token! })).rejects.toMatchObject({ code: 'token_invalid' });
	});

	it('sends nothing for an address that belongs to another account', async () => {
		const actor = await createTestActor('member');
		const other = await createTestActor('member');
		await requestEmailChange({ actor, newEmail: other.email });
		expect(await db.select().from(mailMessage)).toEqual([]);
		await expect(requestEmailChange({ actor, newEmail: actor.email })).rejects.toMatchObject({
			code: 'email_unchanged'
		});
	});

	it('refuses the change if the address was taken meanwhile', async () => {
		const actor = await createTestActor('member');
		await requestEmailChange({ actor, newEmail: 'begehrt@example.org' });
		const { token } = await lastMail('begehrt@example.org', 'auth.email_confirmation');
		await createTestActor('member', { email: 'begehrt@example.org' });
		await expect(confirmEmail({ token: token! })).rejects.toMatchObject({ code: 'email_taken' });
	});

	it('verifies the current address with a resent link', async () => {
		const actor = await createTestActor('member');
		await db.update(user).set({ emailVerified: false }).where(eq(user.id, actor.id));
		await resendVerification({ actor: { ...actor, emailVerified: false } });
		const { token } = await lastMail(actor.email, 'auth.email_confirmation');
		await expect(confirmEmail({ token: token! })).resolves.toMatchObject({ kind: 'verified' });
		expect((await db.select().from(user).where(eq(user.id, actor.id)))[0]!.emailVerified).toBe(
			true
		);
		await expect(resendVerification({ actor })).rejects.toMatchObject({
			code: 'email_already_verified'
		});
	});

	it('says when a link has expired', async () => {
		const actor = await createTestActor('member');
		await requestEmailChange({ actor, newEmail: 'spaet@example.org' });
		const { token } = await lastMail('spaet@example.org', 'auth.email_confirmation');
		await db.execute(`update verification set expires_at = now() - interval '1 minute'`);
		await expect(confirmEmail({ token: token! })).rejects.toMatchObject({ code: 'token_expired' });
	});
});
