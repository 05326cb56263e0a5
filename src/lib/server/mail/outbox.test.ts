import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import { AccessDeniedError } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { resetEnvForTests } from '../config/env';
import { db } from '../db';
import { createTestDatabase } from '../testing/test-db';
import { getMail } from './get-mail';
import { listMail, outboxFilters, OUTBOX_PAGE_SIZE } from './list-mail';
import { queueMail } from './queue-mail';
import { resendMail } from './resend-mail';
import { mailMessage } from './schema';

const board: SessionUser = {
	id: 'board-1',
	email: 'vorstand@example.org',
	name: 'Vera Vorstand',
	role: 'board',
	emailVerified: true,
	twoFactorEnabled: true,
	accessExpiresAt: null
};
const member: SessionUser = { ...board, id: 'member-1', role: 'member' };

const filters = (query: Record<string, string> = {}) => outboxFilters.parse(query);

let ids: string[] = [];

beforeAll(async () => {
	delete process.env.SMTP_URL;
	resetEnvForTests();
	await createTestDatabase();
	// No queue runs here: queueMail only stores the rows, which is all the outbox reads.
	ids = [];
	for (let n = 0; n < OUTBOX_PAGE_SIZE + 5; n++) {
		ids.push(
			await queueMail({
				to: n % 2 ? `ratsmitglied_${n}@example.org` : `ratsmitglied${n}@example.org`,
				subject: `Mail ${n}`,
				text: `Text ${n}`,
				category: n % 3 === 0 ? 'auth.invitation' : 'auth.password_reset'
			})
		);
		// Distinct, increasing creation times so "newest first" is well defined.
		await db
			.update(mailMessage)
			.set({ createdAt: sql`now() + make_interval(secs => ${n})` })
			.where(eq(mailMessage.id, ids[n]!));
	}
	await db.update(mailMessage).set({ status: 'failed' }).where(eq(mailMessage.id, ids[3]!));
	await db.update(mailMessage).set({ status: 'sent' }).where(eq(mailMessage.id, ids[4]!));
});

describe('outbox list', () => {
	it('is for the board only', async () => {
		await expect(listMail({ actor: member, filters: filters() })).rejects.toBeInstanceOf(
			AccessDeniedError
		);
		await expect(listMail({ actor: null, filters: filters() })).rejects.toBeInstanceOf(
			AccessDeniedError
		);
	});

	it('lists newest first, paginated, with counts and categories', async () => {
		const first = await listMail({ actor: board, filters: filters() });
		expect(first.total).toBe(OUTBOX_PAGE_SIZE + 5);
		expect(first.pageCount).toBe(2);
		expect(first.items).toHaveLength(OUTBOX_PAGE_SIZE);
		expect(first.items[0]!.subject).toBe(`Mail ${OUTBOX_PAGE_SIZE + 4}`);
		expect(first.categories).toEqual(['auth.invitation', 'auth.password_reset']);
		expect(first.statusCounts).toEqual({
			queued: OUTBOX_PAGE_SIZE + 3,
			sent: 1,
			outbox: 0,
			failed: 1
		});
		const second = await listMail({ actor: board, filters: filters({ seite: '2' }) });
		expect(second.items.map((mail) => mail.subject)).toEqual([
			'Mail 4',
			'Mail 3',
			'Mail 2',
			'Mail 1',
			'Mail 0'
		]);
		const beyond = await listMail({ actor: board, filters: filters({ seite: '99' }) });
		expect(beyond.page).toBe(2);
	});

	it('filters by status, category and recipient, treating LIKE wildcards literally', async () => {
		const failed = await listMail({ actor: board, filters: filters({ status: 'failed' }) });
		expect(failed.items.map((mail) => mail.id)).toEqual([ids[3]]);
		const invitations = await listMail({
			actor: board,
			filters: filters({ kategorie: 'auth.invitation' })
		});
		expect(invitations.items.every((mail) => mail.category === 'auth.invitation')).toBe(true);
		expect(invitations.total).toBe(10);
		const underscore = await listMail({
			actor: board,
			filters: filters({ suche: 'ratsmitglied_1' })
		});
		// Only the odd addresses contain a real underscore: _1, _11, _13 … _19
		expect(underscore.items.map((mail) => mail.toAddress).sort()).toEqual(
			[1, 11, 13, 15, 17, 19].map((n) => `ratsmitglied_${n}@example.org`).sort()
		);
	});

	it('ignores filter values it does not know', () => {
		expect(filters({ status: 'gelöscht', seite: '-3' })).toMatchObject({
			status: undefined,
			seite: 1
		});
	});
});

describe('outbox detail and resend', () => {
	it('shows HTML only sanitised, keeping the source as text', async () => {
		const id = await queueMail({
			to: 'a@example.org',
			subject: 'Mit HTML',
			text: 'Text',
			html: '<h1>Hallo</h1><p onclick="x()">Absatz <a href="javascript:alert(1)">böse</a> <a href="https://example.org">gut</a></p><script>alert(1)</script><img src="https://tracker.example/p.gif"><style>p{}</style>',
			category: 'test.html',
			headers: { 'List-Unsubscribe': '<https://example.org/ab>' }
		});
		const mail = await getMail({ actor: board, id });
		expect(mail!.safeHtml).toBe(
			'<h3>Hallo</h3><p>Absatz <a rel="noopener noreferrer nofollow">böse</a> <a href="https://example.org" rel="noopener noreferrer nofollow">gut</a></p>'
		);
		expect(mail!.htmlSource).toContain('<script>');
		expect(mail!.headers).toEqual([
			{ name: 'List-Unsubscribe', value: '<https://example.org/ab>' }
		]);
		expect(await getMail({ actor: board, id: 'keine-uuid' })).toBeNull();
		await expect(getMail({ actor: member, id })).rejects.toBeInstanceOf(AccessDeniedError);
	});

	it('queues a failed mail again with fresh attempts and records who did it', async () => {
		await db
			.update(mailMessage)
			.set({ status: 'failed', attempts: 8, lastError: '550 weg' })
			.where(eq(mailMessage.id, ids[3]!));
		expect(await resendMail({ actor: board, id: ids[3]!, ip: '127.0.0.1' })).toEqual({ ok: true });
		const [row] = await db.select().from(mailMessage).where(eq(mailMessage.id, ids[3]!));
		expect(row).toMatchObject({ status: 'queued', attempts: 0, lastError: '550 weg' });
		const [entry] = await db.select().from(auditLog).where(eq(auditLog.targetId, ids[3]!));
		expect(entry).toMatchObject({ action: 'mail.resend', actorUserId: 'board-1' });
	});

	it('refuses to resend sent mails, unknown mails and to non-board people', async () => {
		expect(await resendMail({ actor: board, id: ids[4]! })).toEqual({
			ok: false,
			reason: 'not_resendable'
		});
		expect(await resendMail({ actor: board, id: crypto.randomUUID() })).toEqual({
			ok: false,
			reason: 'not_found'
		});
		await expect(resendMail({ actor: member, id: ids[3]! })).rejects.toBeInstanceOf(
			AccessDeniedError
		);
	});
});
