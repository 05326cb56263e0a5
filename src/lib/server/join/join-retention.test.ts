import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import { invitation } from '../auth/schema';
import { createTestAccount, createTestActor } from '../auth/test-support';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { collectPersonalData } from '../privacy/collect-personal-data';
import { createTestDatabase } from '../testing/test-db';
import { loadStateData } from '../territory/load-state-data';
import { confirmJoinRequest } from './confirm-join-request';
import { acceptJoinRequest, declineJoinRequest } from './decide-join-request';
import { eraseJoinRequests } from './personal-data';
import { pruneJoinRequests } from './prune-join-requests';
import { joinRequest } from './schema';
import { confirmationToken, submitAsPerson } from './testing/join-fixtures';

const DAY = 86_400_000;
let board: SessionUser;

const statusOf = async (email: string) =>
	(await db.select().from(joinRequest).where(eq(joinRequest.email, email))).map((r) => r.status);

async function confirmed(email: string, now = new Date()) {
	await submitAsPerson({ email }, { now });
	await confirmJoinRequest({ token: await confirmationToken(email), now });
	const [row] = await db.select().from(joinRequest).where(eq(joinRequest.email, email));
	return row!.id;
}

beforeAll(async () => {
	await createTestDatabase();
	await loadStateData({ state: 'mv' });
	board = await createTestActor('board');
});

describe('retention of join requests', () => {
	it('deletes unconfirmed requests after 30 days and decided ones 180 days after the decision', async () => {
		const now = new Date('2026-06-01T10:00:00Z');
		const ago = (days: number) => new Date(now.getTime() - days * DAY);
		await submitAsPerson({ email: 'alt-unbestaetigt@example.org' }, { now: ago(31) });
		await submitAsPerson({ email: 'neu-unbestaetigt@example.org' }, { now: ago(29) });
		// Open requests wait for the board however long it takes.
		await confirmed('lange-offen@example.org', ago(400));
		const oldDecision = await confirmed('alt-entschieden@example.org', ago(200));
		await declineJoinRequest({
			actor: board,
			id: oldDecision,
			notify: false,
			message: '',
			now: ago(181)
		});
		const recentDecision = await confirmed('neu-entschieden@example.org', ago(200));
		await declineJoinRequest({
			actor: board,
			id: recentDecision,
			notify: false,
			message: '',
			now: ago(179)
		});

		expect(await pruneJoinRequests(now)).toEqual({ unconfirmed: 1, decided: 1 });
		expect(await statusOf('alt-unbestaetigt@example.org')).toEqual([]);
		expect(await statusOf('neu-unbestaetigt@example.org')).toEqual(['unconfirmed']);
		expect(await statusOf('lange-offen@example.org')).toEqual(['open']);
		expect(await statusOf('alt-entschieden@example.org')).toEqual([]);
		expect(await statusOf('neu-entschieden@example.org')).toEqual(['declined']);
		const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, 'join.prune'));
		expect(entry).toMatchObject({ actorUserId: null, details: { unconfirmed: 1, decided: 1 } });
		expect(await pruneJoinRequests(now)).toEqual({ unconfirmed: 0, decided: 0 });
	});
});

describe('join requests as personal data', () => {
	it('are in the data download of the account they became, and go with it', async () => {
		const email = 'neu-im-netz@example.org';
		const id = await confirmed(email);
		await acceptJoinRequest({ actor: board, id, role: 'member' });
		// The person accepts the invitation (what acceptInvitation records).
		const account = await createTestAccount({ email, name: 'Jana Neugier' });
		await db
			.update(invitation)
			.set({ acceptedAt: new Date(), acceptedUserId: account.id })
			.where(eq(invitation.email, email));
		const actor: SessionUser = {
			id: account.id,
			email,
			name: 'Jana Neugier',
			role: 'member',
			emailVerified: true,
			twoFactorEnabled: false,
			accessExpiresAt: null
		};
		const data = await collectPersonalData({ actor });
		expect(data.joinRequests).toEqual([
			expect.objectContaining({
				email,
				status: 'accepted',
				acceptedRole: 'member',
				activityWhere: 'Bauausschuss Dummerstorf'
			})
		]);
		// Somebody else's download holds none of it.
		const other = await createTestActor('member');
		expect((await collectPersonalData({ actor: other })).joinRequests).toEqual([]);

		await eraseJoinRequests(account.id, email);
		expect(await statusOf(email)).toEqual([]);
	});
});
