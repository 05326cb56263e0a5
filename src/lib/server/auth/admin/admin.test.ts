import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { db } from '../../db';
import { emptyTestDatabase } from '../../testing/test-db';
import { loadSession } from '../load-session';
import { AccessDeniedError } from '../policy';
import { user } from '../schema';
import { signIn } from '../sign-in';
import { createTestActor, lastMail, signedInJar, TEST_PASSWORD } from '../test-support';
import { changeRole } from './change-role';
import { deactivateUser } from './deactivate-user';
import { getAccount } from './get-account';
import { listAccounts } from './list-accounts';
import { reactivateUser } from './reactivate-user';

const ip = '192.0.2.50';

async function auditEntries(action: string) {
	return db.select().from(auditLog).where(eq(auditLog.action, action));
}

describe('board user administration', () => {
	beforeEach(async () => {
		await emptyTestDatabase();
	});

	it('changes a role: audit with old and new value, sessions end, mail to the person', async () => {
		const board = await createTestActor('board', { name: 'Bea Vorstand' });
		const member = await createTestActor('member', { name: 'Max Mitglied' });
		const { jar } = await signedInJar(member.email);
		expect((await loadSession(jar.request())).user?.role).toBe('member');

		await expect(
			changeRole({ actor: board, userId: member.id, role: 'faction_admin', ip })
		).resolves.toEqual({
			changed: true
		});
		expect((await loadSession(jar.request())).user).toBeNull();
		const [entry] = await auditEntries('user.role_change');
		expect(entry).toMatchObject({
			actorUserId: board.id,
			actorLabel: 'Bea Vorstand',
			targetId: member.id,
			targetLabel: `Max Mitglied <${member.email}>`,
			details: { old: 'member', new: 'faction_admin' },
			ip
		});
		const { mail } = await lastMail(member.email, 'auth.role_changed');
		expect(mail.textBody).toContain('„Fraktionsverantwortliche“ (bisher „Mitglied“)');
		const { jar: again } = await signedInJar(member.email);
		expect((await loadSession(again.request())).user?.role).toBe('faction_admin');

		await expect(
			changeRole({ actor: board, userId: member.id, role: 'faction_admin' })
		).resolves.toEqual({
			changed: false
		});
		expect(await auditEntries('user.role_change')).toHaveLength(1);
	});

	it('deactivates (sessions end, sign-in refused, audited) and reactivates', async () => {
		const board = await createTestActor('board');
		const member = await createTestActor('member');
		const { jar } = await signedInJar(member.email);
		await expect(deactivateUser({ actor: board, userId: member.id, ip })).resolves.toEqual({
			endedSessions: 1
		});
		expect((await loadSession(jar.request())).user).toBeNull();
		await expect(
			signIn({ email: member.email, password: TEST_PASSWORD, request: { ip } })
		).rejects.toMatchObject({
			code: 'account_deactivated'
		});
		const [entry] = await auditEntries('user.deactivate');
		expect(entry).toMatchObject({
			targetId: member.id,
			details: { role: 'member', endedSessions: 1 },
			ip
		});
		await expect(deactivateUser({ actor: board, userId: member.id })).rejects.toMatchObject({
			code: 'already_deactivated'
		});

		await reactivateUser({ actor: board, userId: member.id, ip });
		await expect(
			signIn({ email: member.email, password: TEST_PASSWORD, request: { ip } })
		).resolves.toMatchObject({
			status: 'signed-in'
		});
		expect(await auditEntries('user.reactivate')).toHaveLength(1);
	});

	it('never leaves the instance without an active board account', async () => {
		const only = await createTestActor('board');
		for (const attempt of [
			() => changeRole({ actor: only, userId: only.id, role: 'member' }),
			() => deactivateUser({ actor: only, userId: only.id })
		]) {
			await expect(attempt()).rejects.toMatchObject({
				code: 'last_board',
				message: expect.stringMatching(/letzte aktive Konto im Sprecher\*innenrat/)
			});
		}
		expect((await db.select().from(user).where(eq(user.id, only.id)))[0]).toMatchObject({
			role: 'board',
			deactivatedAt: null
		});

		// A second board member makes it possible; a deactivated one does not count.
		const second = await createTestActor('board');
		await deactivateUser({ actor: only, userId: second.id });
		await expect(
			changeRole({ actor: only, userId: only.id, role: 'member' })
		).rejects.toMatchObject({
			code: 'last_board'
		});
		await reactivateUser({ actor: only, userId: second.id });
		await expect(changeRole({ actor: second, userId: only.id, role: 'member' })).resolves.toEqual({
			changed: true
		});
		await expect(deactivateUser({ actor: second, userId: second.id })).rejects.toMatchObject({
			code: 'last_board'
		});
	});

	it('serialises two board members demoting each other at the same time', async () => {
		const a = await createTestActor('board');
		const b = await createTestActor('board');
		const results = await Promise.allSettled([
			changeRole({ actor: a, userId: b.id, role: 'member' }),
			changeRole({ actor: b, userId: a.id, role: 'member' })
		]);
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
		const rejected = results.find(
			(result) => result.status === 'rejected'
		) as PromiseRejectedResult;
		expect(rejected.reason).toMatchObject({ code: 'last_board' });
		const boards = await db.select().from(user).where(eq(user.role, 'board'));
		expect(boards).toHaveLength(1);
	});

	it('lists accounts with search, role and status filters and pages', async () => {
		const board = await createTestActor('board', {
			name: 'Bea Vorstand',
			email: 'bea@example.org'
		});
		for (let i = 0; i < 30; i++) {
			await db.insert(user).values({
				id: `u${String(i).padStart(2, '0')}`,
				name: `Person ${String(i).padStart(2, '0')}`,
				email: `person${i}@example.org`,
				role: i % 3 === 0 ? 'interested' : 'member',
				deactivatedAt: i === 5 ? new Date() : null
			});
		}
		const first = await listAccounts({ actor: board });
		expect(first).toMatchObject({ total: 31, page: 1, pageSize: 25 });
		expect(first.items[0]).toMatchObject({
			name: 'Bea Vorstand',
			twoFactorEnabled: true,
			openSessions: 0
		});
		expect((await listAccounts({ actor: board, page: 2 })).items).toHaveLength(6);
		expect((await listAccounts({ actor: board, page: 99 })).page).toBe(2);

		expect((await listAccounts({ actor: board, query: 'BEA@' })).items.map((a) => a.id)).toEqual([
			board.id
		]);
		expect((await listAccounts({ actor: board, query: 'person 1' })).total).toBe(10);
		expect((await listAccounts({ actor: board, query: '%' })).total).toBe(0);
		expect((await listAccounts({ actor: board, role: 'interested' })).total).toBe(10);
		expect(
			(await listAccounts({ actor: board, status: 'deactivated' })).items.map((a) => a.id)
		).toEqual(['u05']);
		expect((await listAccounts({ actor: board, status: 'active', role: 'member' })).total).toBe(19);
		expect(await getAccount({ actor: board, userId: 'u05' })).toMatchObject({ name: 'Person 05' });
		await expect(getAccount({ actor: board, userId: 'fehlt' })).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('is refused to everyone but the board with two-factor sign-in', async () => {
		const member = await createTestActor('member');
		const boardWithout2fa = await createTestActor('board', { twoFactorEnabled: false });
		for (const actor of [member, boardWithout2fa]) {
			await expect(listAccounts({ actor })).rejects.toBeInstanceOf(AccessDeniedError);
			await expect(changeRole({ actor, userId: actor.id, role: 'board' })).rejects.toBeInstanceOf(
				AccessDeniedError
			);
			await expect(deactivateUser({ actor, userId: member.id })).rejects.toBeInstanceOf(
				AccessDeniedError
			);
		}
	});
});
