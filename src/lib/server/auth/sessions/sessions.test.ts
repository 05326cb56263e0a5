import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { db } from '../../db';
import { emptyTestDatabase } from '../../testing/test-db';
import { loadSession } from '../load-session';
import { session } from '../schema';
import { createTestAccount, signedInJar } from '../test-support';
import { endOtherSessions, endSession } from './end-sessions';
import { listSessions } from './list-sessions';

describe('own sessions', () => {
	beforeEach(async () => {
		await emptyTestDatabase();
	});

	it('lists them with device, IP and times, marks this one, and ends another one at once', async () => {
		const account = await createTestAccount();
		const laptop = await signedInJar(account.email, undefined, '192.0.2.61');
		const phone = await signedInJar(account.email, undefined, '192.0.2.62');
		const current = await loadSession(laptop.jar.request('192.0.2.61'));
		const actor = current.user!;

		const list = await listSessions({ actor, currentSessionId: current.sessionId });
		expect(list).toHaveLength(2);
		expect(list[0]).toMatchObject({
			current: true,
			ipAddress: '192.0.2.61',
			device: 'Firefox unter Linux'
		});
		expect(list[1]).toMatchObject({ current: false, ipAddress: '192.0.2.62' });
		expect(list[1]!.createdAt).toBeInstanceOf(Date);

		await expect(
			endSession({ actor, sessionId: current.sessionId!, currentSessionId: current.sessionId })
		).rejects.toMatchObject({ code: 'current_session' });
		await endSession({
			actor,
			sessionId: list[1]!.id,
			currentSessionId: current.sessionId,
			ip: '192.0.2.61'
		});
		expect((await loadSession(phone.jar.request())).user).toBeNull();
		expect((await loadSession(laptop.jar.request())).user?.id).toBe(account.id);
		expect(
			await db.select().from(auditLog).where(eq(auditLog.action, 'session.revoke'))
		).toHaveLength(1);
	});

	it('cannot touch sessions of other people', async () => {
		const mine = await createTestAccount();
		const theirs = await createTestAccount();
		const me = await signedInJar(mine.email);
		await signedInJar(theirs.email);
		const current = await loadSession(me.jar.request());
		const [foreign] = await db.select().from(session).where(eq(session.userId, theirs.id));
		await expect(
			endSession({
				actor: current.user,
				sessionId: foreign!.id,
				currentSessionId: current.sessionId
			})
		).rejects.toMatchObject({ code: 'session_not_found' });
		expect(await db.select().from(session).where(eq(session.userId, theirs.id))).toHaveLength(1);
	});

	it('ends all others and keeps this one', async () => {
		const account = await createTestAccount();
		const keep = await signedInJar(account.email);
		const others = [await signedInJar(account.email), await signedInJar(account.email)];
		const current = await loadSession(keep.jar.request());
		expect(
			await endOtherSessions({ actor: current.user, currentSessionId: current.sessionId })
		).toBe(2);
		for (const other of others) expect((await loadSession(other.jar.request())).user).toBeNull();
		expect((await loadSession(keep.jar.request())).user).not.toBeNull();
	});

	it('refreshes "last active" while the session is used', async () => {
		const account = await createTestAccount();
		const { jar } = await signedInJar(account.email);
		const first = await loadSession(jar.request());
		const later = new Date(Date.now() + 10 * 60 * 1000);
		await loadSession(jar.request(), later);
		const [row] = await db.select().from(session).where(eq(session.id, first.sessionId!));
		expect(row!.updatedAt.getTime()).toBe(later.getTime());
	});
});
