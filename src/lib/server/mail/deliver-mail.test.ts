import { eq, sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '../config/env';
import { databaseHandle, db } from '../db';
import { enqueue, JobPayloadError, startJobQueue, stopJobQueue } from '../jobs';
import { waitUntil } from '../jobs/testing/wait-until';
import { SmtpCatcher } from '../testing/smtp-catcher';
import { createTestDatabase, testDatabaseKind } from '../testing/test-db';
import { deliverMail } from './deliver-mail';
import { DEFAULT_MAIL_DELIVERY } from './delivery-settings';
import { registerMailJobs } from './mail-jobs';
import { closeMailTransport } from './mailer';
import { queueMail } from './queue-mail';
import { mailMessage } from './schema';

const MAIL_FROM = 'LAG Kommunalpolitik <lag@kommunal.example.org>';

function useSmtp(url: string | undefined): void {
	if (url) process.env.SMTP_URL = url;
	else delete process.env.SMTP_URL;
	process.env.MAIL_FROM = MAIL_FROM;
	resetEnvForTests();
}

const startQueue = () =>
	startJobQueue({
		mode: 'work',
		pollingIntervalSeconds: 0.5,
		cronMonitorIntervalSeconds: 1,
		cronWorkerIntervalSeconds: 1
	});

async function row(id: string) {
	const [found] = await db.select().from(mailMessage).where(eq(mailMessage.id, id));
	return found!;
}

const catchers: SmtpCatcher[] = [];
async function startCatcher(rejectFirst = 0): Promise<SmtpCatcher> {
	const catcher = new SmtpCatcher({ rejectFirst });
	await catcher.start();
	catchers.push(catcher);
	return catcher;
}

// Short timings so retries happen within a test; the logic is the production one.
const settings = {
	...DEFAULT_MAIL_DELIVERY,
	maxAttempts: 3,
	retryBaseSeconds: 1,
	overdueSeconds: 0
};

beforeAll(async () => {
	registerMailJobs(settings);
	await createTestDatabase();
	await startQueue();
});

afterAll(async () => {
	await stopJobQueue(2_000);
	closeMailTransport();
	for (const catcher of catchers) await catcher.stop();
	useSmtp(undefined);
});

describe(`mail delivery on ${testDatabaseKind}`, () => {
	it('delivers over SMTP in UTF-8 with extra headers, retrying after a 451', async () => {
		const catcher = await startCatcher(1);
		useSmtp(catcher.url);
		const id = await queueMail({
			to: 'buergermeisterin@example.org',
			subject: 'Einladung zur Klausur in Güstrow – Grüße, Ärger & Öffnungszeiten',
			text: 'Liebe Mandatsträger*innen,\nwir treffen uns in Güstrow. Straße: Am Markt 1.',
			category: 'test.invitation',
			headers: { 'List-Unsubscribe': '<https://kommunal.example.org/abmelden/abc>' }
		});

		const mail = await catcher.waitFor((m) => m.to.includes('buergermeisterin@example.org'));
		expect(mail.subject).toBe('Einladung zur Klausur in Güstrow – Grüße, Ärger & Öffnungszeiten');
		expect(mail.text).toContain('Mandatsträger*innen');
		expect(mail.text).toContain('Straße: Am Markt 1.');
		expect(mail.from).toBe('lag@kommunal.example.org');
		expect(mail.headers['list-unsubscribe']).toBe('<https://kommunal.example.org/abmelden/abc>');
		expect(mail.headers['message-id']).toBe(`<${id}@kommunal.example.org>`);

		const delivered = await waitUntil(async () => {
			const current = await row(id);
			return current.status === 'sent' ? current : undefined;
		});
		expect(delivered.attempts).toBe(2);
		expect(delivered.lastError).toMatch(/451/);
		expect(delivered.sentAt).toBeInstanceOf(Date);
		expect(delivered.claimedUntil).toBeNull();
		expect(catcher.mails).toHaveLength(1);
	});

	it('marks a mail failed after its last attempt', async () => {
		const catcher = await startCatcher(100);
		useSmtp(catcher.url);
		const id = await queueMail({
			to: 'niemand@example.org',
			subject: 'Kommt nie an',
			text: 'Text',
			category: 'test.failing'
		});
		const failed = await waitUntil(
			async () => {
				const current = await row(id);
				return current.status === 'failed' ? current : undefined;
			},
			{ timeoutMs: 15_000 }
		);
		expect(failed.attempts).toBe(3);
		expect(failed.lastError).toMatch(/451/);
		expect(failed.nextAttemptAt).toBeNull();
	});

	it('requests the retry again when a job finds its mail not yet due', async () => {
		const catcher = await startCatcher(1);
		useSmtp(catcher.url);
		const id = await queueMail({
			to: 'nachzuegler@example.org',
			subject: 'Zweiter Versuch',
			text: 'Text',
			category: 'test.retry'
		});
		const waitingJobs = () =>
			databaseHandle().query<{ start_after: Date }>(
				"SELECT start_after FROM pgboss.job WHERE singleton_key = $1 AND state = 'created'",
				[id]
			);
		// The first attempt failed and requested its retry: the row has its time, and the one
		// waiting job is the retry (not the first delivery job before a worker took it).
		const waiting = await waitUntil(async () => {
			const current = await row(id);
			const jobs = (await waitingJobs()).rows;
			const retry = current.nextAttemptAt !== null && jobs.length === 1;
			return retry && jobs[0]!.start_after >= current.nextAttemptAt! ? current : undefined;
		});
		// The retry's job was dropped: a job the sweep added while the attempt ran held its place.
		await databaseHandle().query(
			"DELETE FROM pgboss.job WHERE singleton_key = $1 AND state = 'created'",
			[id]
		);
		expect((await waitingJobs()).rows).toHaveLength(0);

		// That sweep's job runs now, before the mail is due.
		expect(await deliverMail(id, settings)).toBe('skipped');
		const [again] = (await waitingJobs()).rows;
		expect(again!.start_after.getTime()).toBeGreaterThan(waiting.nextAttemptAt!.getTime());

		await catcher.waitFor((mail) => mail.subject === 'Zweiter Versuch');
		const sent = await waitUntil(async () => {
			const current = await row(id);
			return current.status === 'sent' ? current : undefined;
		});
		expect(sent.attempts).toBe(2);
	});

	it('fails at once when the server rejects the recipient permanently', async () => {
		const rejecting = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS'],
			logger: false,
			onRcptTo(_address, _session, callback) {
				const error = new Error('Mailbox unbekannt') as Error & { responseCode: number };
				error.responseCode = 550;
				callback(error);
			}
		});
		await new Promise<void>((resolve) => rejecting.listen(0, '127.0.0.1', resolve));
		const port = (rejecting.server.address() as { port: number }).port;
		try {
			useSmtp(`smtp://127.0.0.1:${port}`);
			const id = await queueMail({
				to: 'weg@example.org',
				subject: 'Unzustellbar',
				text: 'Text',
				category: 'test.permanent'
			});
			const failed = await waitUntil(async () => {
				const current = await row(id);
				return current.status === 'failed' ? current : undefined;
			});
			expect(failed.attempts).toBe(1);
			expect(failed.lastError).toMatch(/550/);
		} finally {
			// The pooled transport keeps its connection open; close it, or the server waits for it.
			closeMailTransport();
			await new Promise<void>((resolve) => rejecting.close(() => resolve()));
		}
	});

	it('puts mails into the outbox when no SMTP server is configured', async () => {
		const catcher = await startCatcher();
		useSmtp(undefined);
		const id = await queueMail({
			to: 'vorstand@example.org',
			subject: 'Nur im Postausgang',
			text: 'Text',
			category: 'test.outbox'
		});
		const stored = await waitUntil(async () => {
			const current = await row(id);
			return current.status === 'outbox' ? current : undefined;
		});
		expect(stored.attempts).toBe(0);
		expect(catcher.mails).toHaveLength(0);
	});

	it('sweeps mails stored while no queue ran, and mails whose worker died', async () => {
		const catcher = await startCatcher();
		useSmtp(catcher.url);
		await stopJobQueue(2_000);
		const waiting = [
			await queueMail({ to: 'a@example.org', subject: 'A', text: 'A', category: 'test.sweep' }),
			await queueMail({ to: 'b@example.org', subject: 'B', text: 'B', category: 'test.sweep' })
		];
		// A worker took this one and died: its lease ran out, the row is still queued.
		const orphan = await queueMail({
			to: 'c@example.org',
			subject: 'C',
			text: 'C',
			category: 'test.sweep'
		});
		await db
			.update(mailMessage)
			.set({ attempts: 1, claimedUntil: sql`now() - interval '1 second'` })
			.where(eq(mailMessage.id, orphan));
		expect((await row(waiting[0]!)).status).toBe('queued');

		await startQueue();
		await enqueue('mail.sweep', {});
		for (const id of [...waiting, orphan]) {
			await waitUntil(async () => (await row(id)).status === 'sent', { message: `Mail ${id}` });
		}
		expect(catcher.mails.map((mail) => mail.subject).sort()).toEqual(['A', 'B', 'C']);
		expect((await row(orphan)).attempts).toBe(2);
	});

	it('schedules the sweep every minute', async () => {
		const schedules = await databaseHandle().query<{ name: string; cron: string }>(
			"SELECT name, cron FROM pgboss.schedule WHERE name = 'mail.sweep'"
		);
		expect(schedules.rows).toEqual([{ name: 'mail.sweep', cron: '* * * * *' }]);
	});

	it('rejects a delivery job without a valid message id', async () => {
		await expect(enqueue('mail.deliver', { messageId: 'keine-uuid' })).rejects.toBeInstanceOf(
			JobPayloadError
		);
	});
});
