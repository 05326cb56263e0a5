import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { db } from '../../db';
import { emptyTestDatabase } from '../../testing/test-db';
import { AccessDeniedError } from '../policy';
import { loadSession } from '../load-session';
import { invitation, user } from '../schema';
import { CookieJar, createTestActor, lastMail } from '../test-support';
import { acceptInvitation } from './accept-invitation';
import { findInvitationByToken } from './find-invitation';
import { inviteUser } from './invite-user';
import { listOpenInvitations } from './list-invitations';
import { resendInvitation } from './resend-invitation';
import { revokeInvitation } from './revoke-invitation';

const request = { ip: '192.0.2.10', userAgent: 'Testbrowser' };
const DAY = 24 * 3600 * 1000;

describe('invitations', () => {
	beforeEach(async () => {
		await emptyTestDatabase();
	});

	it('invites by mail; accepting creates a verified account with the role and signs in', async () => {
		const board = await createTestActor('board', { name: 'Bea Vorstand' });
		await inviteUser({
			actor: board,
			email: 'Neu@Example.org',
			role: 'faction_admin',
			ip: '192.0.2.1'
		});

		const { mail, link, token } = await lastMail('neu@example.org', 'auth.invitation');
		expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/einladung\/[\w-]{43}$/);
		expect(mail.textBody).toContain('Bea Vorstand lädt Sie');
		expect(mail.htmlBody).toContain('Einladung annehmen');
		expect(await findInvitationByToken(token!)).toMatchObject({
			status: 'open',
			role: 'faction_admin'
		});

		const accepted = await acceptInvitation({
			token: token!,
			name: 'Nina Neu',
			password: 'mein-neues-passwort',
			request
		});
		expect(accepted.status).toBe('signed-in');
		const session = await loadSession(new CookieJar().apply(accepted.setCookies).request());
		expect(session.user).toMatchObject({
			email: 'neu@example.org',
			name: 'Nina Neu',
			role: 'faction_admin',
			emailVerified: true
		});
		const [invite] = await db.select().from(invitation);
		expect(invite).toMatchObject({ acceptedUserId: accepted.userId });
		const actions = (await db.select().from(auditLog)).map((entry) => entry.action);
		expect(actions).toEqual(expect.arrayContaining(['user.invite', 'user.invitation_accept']));
	});

	it('cannot be used twice', async () => {
		const board = await createTestActor();
		await inviteUser({ actor: board, email: 'zweimal@example.org', role: 'member' });
		const { token } = await lastMail('zweimal@example.org', 'auth.invitation');
		await acceptInvitation({ token: token!, name: 'A', password: 'mein-neues-passwort', request });
		await expect(
			acceptInvitation({ token: token!, name: 'B', password: 'mein-neues-passwort', request })
		).rejects.toMatchObject({ code: 'invitation_used' });
		expect(await db.select().from(user).where(eq(user.email, 'zweimal@example.org'))).toHaveLength(
			1
		);
	});

	it('expires after 7 days; resending gives a new link and the old one stops working', async () => {
		const board = await createTestActor();
		const sent = new Date(Date.now() - 8 * DAY);
		const { id } = await inviteUser({
			actor: board,
			email: 'spaet@example.org',
			role: 'member',
			now: sent
		});
		const old = (await lastMail('spaet@example.org', 'auth.invitation')).token!;
		await expect(
			acceptInvitation({ token: old, name: 'S', password: 'mein-neues-passwort', request })
		).rejects.toMatchObject({
			code: 'invitation_expired',
			message: expect.stringMatching(/abgelaufen/)
		});
		expect((await listOpenInvitations({ actor: board }))[0]).toMatchObject({
			id,
			status: 'expired'
		});

		await resendInvitation({ actor: board, invitationId: id });
		const fresh = (await lastMail('spaet@example.org', 'auth.invitation')).token!;
		expect(fresh).not.toBe(old);
		expect(await findInvitationByToken(old)).toEqual({ status: 'invalid' });
		await expect(
			acceptInvitation({ token: fresh, name: 'S', password: 'mein-neues-passwort', request })
		).resolves.toMatchObject({ status: 'signed-in' });
	});

	it('revoked invitations say so and create nothing', async () => {
		const board = await createTestActor();
		const { id } = await inviteUser({ actor: board, email: 'weg@example.org', role: 'member' });
		const { token } = await lastMail('weg@example.org', 'auth.invitation');
		await revokeInvitation({ actor: board, invitationId: id, ip: '192.0.2.1' });
		await expect(
			acceptInvitation({ token: token!, name: 'W', password: 'mein-neues-passwort', request })
		).rejects.toMatchObject({ code: 'invitation_revoked' });
		expect(await listOpenInvitations({ actor: board })).toEqual([]);
		const [entry] = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'user.invitation_revoke'));
		expect(entry).toMatchObject({
			actorUserId: board.id,
			targetLabel: 'weg@example.org',
			ip: '192.0.2.1'
		});
	});

	it('refuses unknown tokens, existing accounts, duplicates and guests without an end date', async () => {
		const board = await createTestActor();
		await expect(
			acceptInvitation({ token: 'ausgedacht', name: 'X', password: 'mein-neues-passwort', request })
		).rejects.toMatchObject({ code: 'token_invalid' });
		await expect(
			inviteUser({ actor: board, email: board.email, role: 'member' })
		).rejects.toMatchObject({
			code: 'email_taken'
		});
		await inviteUser({ actor: board, email: 'doppelt@example.org', role: 'member' });
		await expect(
			inviteUser({ actor: board, email: 'doppelt@example.org', role: 'member' })
		).rejects.toMatchObject({ code: 'invitation_open' });
		await expect(
			inviteUser({ actor: board, email: 'gast@example.org', role: 'guest' })
		).rejects.toMatchObject({
			code: 'guest_needs_expiry'
		});
	});

	it('gives guests their end date', async () => {
		const board = await createTestActor();
		const until = new Date(Date.now() + 30 * DAY);
		await inviteUser({
			actor: board,
			email: 'gast@example.org',
			role: 'guest',
			accessExpiresAt: until
		});
		const { token } = await lastMail('gast@example.org', 'auth.invitation');
		const accepted = await acceptInvitation({
			token: token!,
			name: 'Gustav Gast',
			password: 'mein-neues-passwort',
			request
		});
		const session = await loadSession(new CookieJar().apply(accepted.setCookies).request());
		expect(session.user?.role).toBe('guest');
		expect(session.user?.accessExpiresAt?.getTime()).toBe(until.getTime());
	});

	it('is for the board only', async () => {
		const member = await createTestActor('member');
		const boardWithout2fa = await createTestActor('board', { twoFactorEnabled: false });
		for (const actor of [member, boardWithout2fa, null]) {
			await expect(
				inviteUser({ actor, email: 'x@example.org', role: 'member' })
			).rejects.toBeInstanceOf(AccessDeniedError);
		}
	});

	it('rate limits acceptance per IP', async () => {
		for (let i = 0; i < 10; i++) {
			await expect(
				acceptInvitation({
					token: `falsch-${i}`,
					name: 'X',
					password: 'mein-neues-passwort',
					request
				})
			).rejects.toMatchObject({ code: 'token_invalid' });
		}
		await expect(
			acceptInvitation({ token: 'falsch', name: 'X', password: 'mein-neues-passwort', request })
		).rejects.toMatchObject({ code: 'rate_limited' });
	});
});
