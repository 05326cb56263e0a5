import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { createTestDatabase } from '../testing/test-db';
import { inviteUser } from './invitations/invite-user';
import { requestPasswordReset } from './account/request-password-reset';
import { pruneExpiredAuthData } from './prune-expired-auth-data';
import { invitation, session, verification } from './schema';
import { createTestActor, signedInJar } from './test-support';

const DAY = 24 * 3600 * 1000;

describe('pruneExpiredAuthData', () => {
	beforeEach(async () => {
		await createTestDatabase();
	});

	it('removes expired sessions, one-time values and long-stale invitations, nothing else', async () => {
		const board = await createTestActor('board');
		const member = await createTestActor('member');
		await signedInJar(member.email);
		await requestPasswordReset({ email: board.email, request: { ip: '192.0.2.70' } });
		await inviteUser({ actor: board, email: 'frisch@example.org', role: 'member' });
		await inviteUser({
			actor: board,
			email: 'alt@example.org',
			role: 'member',
			now: new Date(Date.now() - 40 * DAY)
		});

		expect(await pruneExpiredAuthData()).toEqual({ sessions: 0, verifications: 0, invitations: 1 });
		const later = new Date(Date.now() + 15 * DAY);
		expect(await pruneExpiredAuthData(later)).toEqual({
			sessions: 1,
			verifications: 1,
			invitations: 0
		});
		expect(await db.select().from(session)).toEqual([]);
		expect(await db.select().from(verification)).toEqual([]);
		expect((await db.select().from(invitation)).map((row) => row.email)).toEqual([
			'frisch@example.org'
		]);
	});
});
