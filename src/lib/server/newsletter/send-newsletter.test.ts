import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsletterSegment } from '$lib/shared/newsletter';
import { auditLog } from '../audit/schema';
import { AccessDeniedError } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { resetEnvForTests } from '../config/env';
import { db } from '../db';
import { startJobQueue, stopJobQueue } from '../jobs';
import { waitUntil } from '../jobs/testing/wait-until';
import { registerMailJobs } from '../mail/mail-jobs';
import { closeMailTransport } from '../mail/mailer';
import { mailMessage } from '../mail/schema';
import { SmtpCatcher } from '../testing/smtp-catcher';
import { createTestDatabase, testDatabaseKind } from '../testing/test-db';
import { NewsletterError } from './errors';
import { registerNewsletterJobs } from './jobs';
import { createNewsletter, getNewsletter, updateNewsletter } from './manage-newsletter';
import { applyNewsletterUnsubscribe, describeNewsletterUnsubscribe } from './opt-out';
import { newsletter, newsletterRecipient } from './schema';
import { sendNewsletterBatch, STALE_CLAIM_MS, sweepNewsletterSends } from './send-batch';
import { startNewsletterSend } from './start-send';
import { createNewsletterUnsubscribeToken } from './unsubscribe-token';
import { seedNewsletterFixtures, VG, type NewsletterFixtures } from './testing/newsletter-fixtures';

const ORIGIN = 'https://kommunal.example.org';
let catcher: SmtpCatcher;
let fx: NewsletterFixtures;

beforeAll(async () => {
	catcher = new SmtpCatcher();
	await catcher.start();
	process.env.SMTP_URL = catcher.url;
	process.env.MAIL_FROM = 'LAG Kommunalpolitik <lag@kommunal.example.org>';
	process.env.ORIGIN = ORIGIN;
	resetEnvForTests();
	registerMailJobs({ maxAttempts: 3, retryBaseSeconds: 1, overdueSeconds: 0 });
	registerNewsletterJobs();
	await createTestDatabase();
	fx = await seedNewsletterFixtures();
	await startJobQueue({
		mode: 'work',
		pollingIntervalSeconds: 0.5,
		cronMonitorIntervalSeconds: 1,
		cronWorkerIntervalSeconds: 1
	});
});

afterAll(async () => {
	await stopJobQueue(2_000);
	closeMailTransport();
	await catcher.stop();
	delete process.env.SMTP_URL;
	delete process.env.MAIL_FROM;
	resetEnvForTests();
});

async function draft(
	subject: string,
	segment: Partial<NewsletterSegment>,
	actor: SessionUser = fx.board
): Promise<string> {
	return createNewsletter({
		actor,
		input: {
			subject,
			body: `## ${subject}\n\nLiebe Leute, mehr dazu [auf der Website](/aktuelles).`,
			segment: { roles: ['member'], districtAgs: [], topicIds: [], ...segment }
		}
	});
}

async function finished(id: string) {
	return waitUntil(
		async () => {
			const [row] = await db.select().from(newsletter).where(eq(newsletter.id, id));
			return row?.status === 'sent' ? row : undefined;
		},
		{ timeoutMs: 30_000, message: 'Rundbrief versendet' }
	);
}

function mailsWith(subject: string) {
	return catcher.mails.filter((mail) => mail.subject === subject);
}

describe(`Rundbrief sending on ${testDatabaseKind}`, () => {
	it('only the board writes and sends Rundbriefe', async () => {
		await expect(draft('Von Anna', {}, fx.anna)).rejects.toBeInstanceOf(AccessDeniedError);
		await expect(draft('Unbekannter Kreis', { districtAgs: ['13999'] })).rejects.toBeInstanceOf(
			NewsletterError
		);
	});

	it('mails each person of the segment exactly once, with List-Unsubscribe and one-click, over SMTP', async () => {
		const subject = 'Rundbrief Kreis VG';
		const id = await draft(subject, { roles: ['member', 'faction_admin'], districtAgs: [VG] });
		expect(await startNewsletterSend({ actor: fx.board, id })).toEqual({ recipients: 3 });
		// A second click, and runs beside the queue's own job (a retried or doubled job), send nothing more.
		await expect(startNewsletterSend({ actor: fx.board, id })).rejects.toBeInstanceOf(
			NewsletterError
		);
		await Promise.all([
			sendNewsletterBatch(id, { limit: 1 }),
			sendNewsletterBatch(id, { limit: 2 }),
			sendNewsletterBatch(id)
		]);
		const sent = await finished(id);
		expect(sent).toMatchObject({ recipientCount: 3, sentCount: 3, skippedCount: 0 });
		expect(await sendNewsletterBatch(id)).toEqual({ sent: 0, skipped: 0, finished: true });

		await waitUntil(() => mailsWith(subject).length >= 3, { timeoutMs: 20_000 });
		const to = mailsWith(subject)
			.flatMap((mail) => mail.to)
			.sort();
		expect(to).toEqual([fx.anna.email, fx.fritz.email, fx.gustav.email].sort());
		const stored = await db
			.select()
			.from(mailMessage)
			.where(and(eq(mailMessage.category, 'newsletter'), eq(mailMessage.subject, subject)));
		expect(stored).toHaveLength(3);

		const mail = mailsWith(subject).find((m) => m.to.includes(fx.anna.email))!;
		expect(mail.text).toContain('Liebe Leute');
		expect(mail.text).toContain(`${ORIGIN}/aktuelles`);
		expect(mail.html).toContain(`href="${ORIGIN}/aktuelles"`);
		const link = /https:\/\/\S+\/abbestellen\/rundbrief\/\S+/.exec(mail.text)![0];
		expect(mail.headers['list-unsubscribe']).toBe(`<${link}>`);
		expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

		// The link stops every later Rundbrief for Anna, and only for her.
		const token = new URL(link).pathname.split('/').pop()!;
		expect(await describeNewsletterUnsubscribe(token)).toMatchObject({ receiving: true });
		expect(await applyNewsletterUnsubscribe(token)).toMatchObject({ receiving: false });
		expect(await applyNewsletterUnsubscribe(`${token}x`)).toBeNull();
		const next = await draft('Zweiter Rundbrief VG', { roles: ['member'], districtAgs: [VG] });
		expect(await startNewsletterSend({ actor: fx.board, id: next })).toEqual({ recipients: 1 });
		await finished(next);
		await catcher.waitFor((m) => m.subject === 'Zweiter Rundbrief VG');
		expect(mailsWith('Zweiter Rundbrief VG').flatMap((m) => m.to)).toEqual([fx.gustav.email]);

		const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, id));
		expect(audit.map((entry) => entry.action).sort()).toEqual([
			'newsletter.create',
			'newsletter.send'
		]);
	});

	it('skips people who opt out after the send started and never resends a claim a dead worker left', async () => {
		await stopJobQueue(2_000);
		try {
			const id = await draft('Rundbrief ohne Warteschlange', { roles: ['interested'] });
			expect(await startNewsletterSend({ actor: fx.board, id })).toEqual({ recipients: 2 });
			await applyNewsletterUnsubscribe(await createNewsletterUnsubscribeToken(fx.ivo.id));
			// Ida's row was claimed by a worker that died before her mail was stored.
			const longAgo = new Date(Date.now() - STALE_CLAIM_MS - 60_000);
			await db
				.update(newsletterRecipient)
				.set({ status: 'claimed', claimedAt: longAgo })
				.where(
					and(eq(newsletterRecipient.newsletterId, id), eq(newsletterRecipient.userId, fx.ida.id))
				);
			expect(await sendNewsletterBatch(id)).toEqual({ sent: 0, skipped: 1, finished: false });
			await sweepNewsletterSends();
			const letter = await getNewsletter({ actor: fx.board, id });
			expect(letter).toMatchObject({
				status: 'sent',
				sentCount: 0,
				skippedCount: 1,
				failedCount: 1
			});
			const stored = await db
				.select()
				.from(mailMessage)
				.where(eq(mailMessage.subject, 'Rundbrief ohne Warteschlange'));
			expect(stored).toHaveLength(0);
			await expect(
				updateNewsletter({
					actor: fx.board,
					id,
					input: { subject: 'Neu', body: 'x', segment: letter.segment }
				})
			).rejects.toBeInstanceOf(NewsletterError);
		} finally {
			await startJobQueue({ mode: 'work', pollingIntervalSeconds: 0.5 });
		}
	});

	it('refuses to send to a segment that reaches nobody', async () => {
		const id = await draft('Niemand', {
			roles: ['member'],
			topicIds: [fx.topics.haushalt],
			districtAgs: ['13003']
		});
		await expect(startNewsletterSend({ actor: fx.board, id })).rejects.toThrow(/niemanden/);
		expect((await getNewsletter({ actor: fx.board, id })).status).toBe('draft');
	});
});
