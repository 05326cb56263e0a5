import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import { AccessDeniedError } from '../auth/policy';
import { createTestAccount, createTestActor } from '../auth/test-support';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { topic } from '../directory/schema';
import { createTestDatabase } from '../testing/test-db';
import { loadStateData } from '../territory/load-state-data';
import { confirmationState, confirmJoinRequest } from './confirm-join-request';
import { acceptJoinRequest, declineJoinRequest, updateJoinNotes } from './decide-join-request';
import { JoinError, JoinRequestNotFoundError } from './errors';
import { getJoinRequest } from './get-join-request';
import { createFormStamp } from './join-tokens';
import { listJoinRequests } from './list-join-requests';
import { joinRequest } from './schema';
import { submitJoinRequest } from './submit-join-request';
import { confirmationToken, joinInput, mailsTo, submitAsPerson } from './testing/join-fixtures';

let board: SessionUser;
let secondBoard: SessionUser;
let others: Record<'interested' | 'member' | 'faction_admin', SessionUser>;
let topicIds: { haushalt: string; schule: string; archived: string };

const rowsFor = (email: string) =>
	db.select().from(joinRequest).where(eq(joinRequest.email, email));

async function confirmedRequest(email: string): Promise<string> {
	await submitAsPerson({ email });
	expect(await confirmJoinRequest({ token: await confirmationToken(email) })).toBe('confirmed');
	const [row] = await rowsFor(email);
	return row!.id;
}

beforeAll(async () => {
	// One database for the file: the tests use their own addresses and IPs.
	await createTestDatabase();
	await loadStateData({ state: 'mv' });
	board = await createTestActor('board', { email: 'vorstand@example.org', name: 'Vera Vorstand' });
	secondBoard = await createTestActor('board', { email: 'zweite@example.org', name: 'Zoe Zweite' });
	others = {
		interested: await createTestActor('interested'),
		member: await createTestActor('member'),
		faction_admin: await createTestActor('faction_admin')
	};
	const inserted = await db
		.insert(topic)
		.values([
			{ slug: 'haushalt', name: 'Haushalt', sortOrder: 1 },
			{ slug: 'schule', name: 'Schule', sortOrder: 2 },
			{ slug: 'alt', name: 'Altes Thema', archivedAt: new Date() }
		])
		.returning({ id: topic.id });
	topicIds = { haushalt: inserted[0]!.id, schule: inserted[1]!.id, archived: inserted[2]!.id };
});

describe('submitting the join form', () => {
	it('stores an unconfirmed request with the consented privacy version and mails a link', async () => {
		const email = 'ada@example.org';
		const outcome = await submitAsPerson({
			email,
			topics: [topicIds.schule, topicIds.archived, '00000000-0000-4000-8000-000000000000']
		});
		expect(outcome).toBe('confirmation-sent');
		const [row] = await rowsFor(email);
		expect(row).toMatchObject({
			status: 'unconfirmed',
			districtAgs: '13072',
			activity: 'resident_expert',
			// Archived and unknown topics are dropped.
			topicIds: [topicIds.schule]
		});
		expect(row!.privacyVersion).toMatch(/^sha256:[0-9a-f]{16}$/);
		const [mail] = await mailsTo(email, 'join.confirm');
		expect(mail!.textBody).toMatch(/https?:\/\/\S+\/mitmachen\/bestaetigen\/\S+/);
		// Nobody on the board hears of it before the address is confirmed.
		expect((await listJoinRequests({ actor: board, filter: 'open' })).items).toEqual([]);
		await expect(getJoinRequest({ actor: board, id: row!.id })).rejects.toBeInstanceOf(
			JoinRequestNotFoundError
		);
		expect(await mailsTo(board.email, 'join.board_notification')).toEqual([]);
	});

	it('answers a repeated address alike and never opens a second request', async () => {
		const email = 'bert@example.org';
		expect(await submitAsPerson({ email, name: 'Bert Erst' })).toBe('confirmation-sent');
		// Unconfirmed: the newest answers replace the old ones, and a new link goes out.
		expect(await submitAsPerson({ email, name: 'Bert Zweit' })).toBe('confirmation-resent');
		expect(await rowsFor(email)).toMatchObject([{ name: 'Bert Zweit', status: 'unconfirmed' }]);
		expect(await mailsTo(email, 'join.confirm')).toHaveLength(2);

		await confirmJoinRequest({ token: await confirmationToken(email) });
		expect(await submitAsPerson({ email, name: 'Bert Dritt' })).toBe('already-pending');
		expect(await rowsFor(email)).toMatchObject([{ name: 'Bert Zweit', status: 'open' }]);
		expect(await mailsTo(email, 'join.already_pending')).toHaveLength(1);

		// An address with an account: told by mail only, nothing stored.
		const account = await createTestAccount({ email: 'konto@example.org' });
		expect(await submitAsPerson({ email: account.email })).toBe('has-account');
		expect(await rowsFor(account.email)).toEqual([]);
		expect(await mailsTo(account.email, 'join.existing_account')).toHaveLength(1);
	});

	it('ends two simultaneous submissions of one address with one request', async () => {
		const email = 'zwilling@example.org';
		const outcomes = await Promise.all([submitAsPerson({ email }), submitAsPerson({ email })]);
		expect(outcomes.sort()).toEqual(['confirmation-resent', 'confirmation-sent']);
		expect(await rowsFor(email)).toHaveLength(1);
	});

	it('drops what the honeypot catches and refuses forms sent too fast or with a forged stamp', async () => {
		expect(await submitAsPerson({ email: 'bot@example.org' }, { honeypot: 'https://spam' })).toBe(
			'honeypot'
		);
		expect(await rowsFor('bot@example.org')).toEqual([]);
		expect(await mailsTo('bot@example.org')).toEqual([]);

		const now = new Date();
		const send = (formStamp: string | undefined) =>
			submitJoinRequest({
				input: joinInput({ email: 'eilig@example.org' }),
				honeypot: '',
				formStamp,
				ip: '192.0.2.50',
				now
			});
		await expect(send(await createFormStamp(new Date(now.getTime() - 1_000)))).rejects.toThrow(
			/sehr schnell/
		);
		const stamp = await createFormStamp(new Date(now.getTime() - 60_000));
		await expect(send(stamp.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).rejects.toThrow(
			/zu lange geöffnet/
		);
		await expect(send(undefined)).rejects.toBeInstanceOf(JoinError);
		await expect(
			send(await createFormStamp(new Date(now.getTime() - 2 * 86_400_000)))
		).rejects.toBeInstanceOf(JoinError);
		expect(await rowsFor('eilig@example.org')).toEqual([]);
	});

	it('limits submissions per IP and, silently, confirmation mails per address', async () => {
		const ip = '192.0.2.77';
		for (let i = 0; i < 5; i++) await submitAsPerson({ email: `ip${i}@example.org` }, { ip });
		const limited = await submitAsPerson({ email: 'ip5@example.org' }, { ip }).catch((e) => e);
		expect(limited).toBeInstanceOf(JoinError);
		expect((limited as JoinError).retryAfterSeconds).toBeGreaterThan(0);
		expect(await rowsFor('ip5@example.org')).toEqual([]);

		const email = 'opfer@example.org';
		for (let i = 0; i < 3; i++) await submitAsPerson({ email });
		expect(await submitAsPerson({ email })).toBe('address-limited');
		expect(await mailsTo(email, 'join.confirm')).toHaveLength(3);
	});

	it('accepts only a Landkreis or kreisfreie Stadt of the state', async () => {
		for (const district of ['99999', '13072001']) {
			await expect(
				submitAsPerson({ email: 'irgendwo@example.org', district })
			).rejects.toMatchObject({ field: 'district' });
		}
		expect(await submitAsPerson({ email: 'hro@example.org', district: '13003' })).toBe(
			'confirmation-sent'
		);
	});
});

describe('confirming by the mailed link', () => {
	it('shows the link first, confirms on the click, and tells each board member once', async () => {
		const email = 'carla@example.org';
		await submitAsPerson({ email, name: 'Carla Confirm', topics: [topicIds.haushalt] });
		const token = await confirmationToken(email);
		expect(await confirmationState(token)).toBe('confirmable');
		expect(await rowsFor(email)).toMatchObject([{ status: 'unconfirmed' }]);

		expect(await confirmJoinRequest({ token, ip: '198.51.100.1' })).toBe('confirmed');
		expect(await confirmJoinRequest({ token })).toBe('confirmed');
		const [row] = await rowsFor(email);
		expect(row).toMatchObject({ status: 'open' });
		for (const member of [board, secondBoard]) {
			const mails = await mailsTo(member.email, 'join.board_notification');
			const mine = mails.filter((mail) => mail.subject.includes('Carla Confirm'));
			expect(mine).toHaveLength(1);
			expect(mine[0]!.textBody).toContain(`/verwaltung/mitmachen/${row!.id}`);
			expect(mine[0]!.textBody).toContain('Landkreis Rostock');
		}
		const detail = await getJoinRequest({ actor: board, id: row!.id });
		expect(detail).toMatchObject({ name: 'Carla Confirm', topics: ['Haushalt'], status: 'open' });
		const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, row!.id));
		expect(audit.map((entry) => entry.action)).toEqual(['join.submit', 'join.confirm']);
	});

	it('refuses altered, foreign and expired links', async () => {
		const email = 'dora@example.org';
		await submitAsPerson({ email });
		const token = await confirmationToken(email);
		const [payload, signature] = token.split('.');
		const otherId = '00000000-0000-4000-8000-000000000000';
		expect(await confirmJoinRequest({ token: `${payload}x.${signature}` })).toBe('invalid');
		expect(
			await confirmJoinRequest({ token: `${payload!.replace(/^[^~]+/, otherId)}.${signature}` })
		).toBe('invalid');
		expect(await confirmJoinRequest({ token: 'unbekannt' })).toBe('invalid');
		const later = new Date(Date.now() + 8 * 86_400_000);
		expect(await confirmJoinRequest({ token, now: later })).toBe('expired');
		expect(await rowsFor(email)).toMatchObject([{ status: 'unconfirmed' }]);
	});
});

describe('the board inbox', () => {
	it('is for the board only', async () => {
		const id = await confirmedRequest('geheim@example.org');
		for (const actor of [null, others.interested, others.member, others.faction_admin]) {
			const attempts = [
				listJoinRequests({ actor, filter: 'open' }),
				getJoinRequest({ actor, id }),
				acceptJoinRequest({ actor, id, role: 'member' }),
				declineJoinRequest({ actor, id, notify: true, message: '' }),
				updateJoinNotes({ actor, id, notes: 'x' })
			];
			for (const attempt of attempts)
				await expect(attempt).rejects.toBeInstanceOf(AccessDeniedError);
		}
		// A board member without a second factor has no board rights yet.
		const noTwoFactor = await createTestActor('board', { twoFactorEnabled: false });
		await expect(listJoinRequests({ actor: noTwoFactor, filter: 'open' })).rejects.toBeInstanceOf(
			AccessDeniedError
		);
		expect(await rowsFor('geheim@example.org')).toMatchObject([{ status: 'open', notes: '' }]);
		const list = await listJoinRequests({ actor: board, filter: 'open' });
		expect(list.items.map((item) => item.email)).toContain('geheim@example.org');
	});

	it('accepts with an invitation in the chosen role, once', async () => {
		const email = 'emil@example.org';
		const id = await confirmedRequest(email);
		expect(
			await acceptJoinRequest({ actor: board, id, role: 'interested', ip: '198.51.100.2' })
		).toEqual({ email, name: 'Jana Neugier' });
		const [invitationMail] = await mailsTo(email, 'auth.invitation');
		expect(invitationMail!.textBody).toContain('Interessierte');
		expect(invitationMail!.textBody).toMatch(/\/einladung\/\S+/);
		const detail = await getJoinRequest({ actor: board, id });
		expect(detail).toMatchObject({
			status: 'accepted',
			acceptedRole: 'interested',
			decidedBy: 'Vera Vorstand',
			invitation: { acceptedAt: null, revokedAt: null }
		});
		await expect(acceptJoinRequest({ actor: secondBoard, id, role: 'member' })).rejects.toThrow(
			'bereits entschieden'
		);
		await expect(
			declineJoinRequest({ actor: secondBoard, id, notify: true, message: '' })
		).rejects.toThrow('bereits entschieden');
		expect(await mailsTo(email, 'auth.invitation')).toHaveLength(1);
		const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, 'join.accept'));
		expect(audit).toMatchObject({
			actorUserId: board.id,
			targetId: id,
			details: { role: 'interested' }
		});
		const decided = await listJoinRequests({ actor: board, filter: 'decided' });
		expect(decided.items.find((item) => item.id === id)).toMatchObject({ status: 'accepted' });
	});

	it('keeps a request open when its address got an account meanwhile', async () => {
		const email = 'frieda@example.org';
		const id = await confirmedRequest(email);
		await createTestAccount({ email });
		await expect(acceptJoinRequest({ actor: board, id, role: 'member' })).rejects.toMatchObject({
			name: 'JoinError',
			message: expect.stringContaining('bereits ein Konto')
		});
		expect(await rowsFor(email)).toMatchObject([{ status: 'open', decidedAt: null }]);
	});

	it('declines with or without a mail, and keeps notes for the board', async () => {
		const withMail = await confirmedRequest('gustav@example.org');
		await declineJoinRequest({
			actor: board,
			id: withMail,
			notify: true,
			message: 'Bitte wenden Sie sich an die BAG.'
		});
		const [mail] = await mailsTo('gustav@example.org', 'join.decline');
		expect(mail!.textBody).toContain('Bitte wenden Sie sich an die BAG.');

		const silent = await confirmedRequest('hilde@example.org');
		await declineJoinRequest({ actor: board, id: silent, notify: false, message: 'egal' });
		expect(await mailsTo('hilde@example.org', 'join.decline')).toEqual([]);
		expect(await rowsFor('hilde@example.org')).toMatchObject([{ status: 'declined' }]);

		await updateJoinNotes({ actor: board, id: silent, notes: 'Kein Bezug zu MV.' });
		expect((await getJoinRequest({ actor: board, id: silent })).notes).toBe('Kein Bezug zu MV.');
		const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, silent));
		expect(audit.map((entry) => entry.action)).toEqual([
			'join.submit',
			'join.confirm',
			'join.decline',
			'join.notes_update'
		]);
		// Notes' text stays out of the log.
		expect(JSON.stringify(audit)).not.toContain('Kein Bezug');
		await expect(getJoinRequest({ actor: board, id: 'unbekannt' })).rejects.toBeInstanceOf(
			JoinRequestNotFoundError
		);
	});
});
