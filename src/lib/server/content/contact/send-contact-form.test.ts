import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { user } from '../../auth/schema';
import { createTestAccount } from '../../auth/test-support';
import { resetEnvForTests } from '../../config/env';
import { db } from '../../db';
import { startJobQueue, stopJobQueue } from '../../jobs';
import { registerMailJobs } from '../../mail/mail-jobs';
import { closeMailTransport } from '../../mail/mailer';
import { mailMessage } from '../../mail/schema';
import { SmtpCatcher } from '../../testing/smtp-catcher';
import { createTestDatabase, testDatabaseKind } from '../../testing/test-db';
import { contactInput } from './contact-input';
import { ContactRateLimitedError, sendContactForm } from './send-contact-form';

let catcher: SmtpCatcher;

const input = (overrides: Record<string, unknown> = {}) =>
	contactInput.parse({
		name: 'Petra Beispiel',
		email: 'petra@example.org',
		subject: 'Ortsgespräch',
		message: 'Kommen Sie im Mai zu uns?',
		consent: 'on',
		...overrides
	});

beforeAll(async () => {
	catcher = new SmtpCatcher();
	await catcher.start();
	process.env.SMTP_URL = catcher.url;
	resetEnvForTests();
	registerMailJobs({ maxAttempts: 3, retryBaseSeconds: 1, overdueSeconds: 0 });
	await createTestDatabase();
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
	resetEnvForTests();
});

describe(`contact form on ${testDatabaseKind}`, () => {
	it('mails every active board account over SMTP with the visitor as Reply-To', async () => {
		const board = await createTestAccount({ role: 'board', email: 'vorstand-a@example.org' });
		const gone = await createTestAccount({ role: 'board', email: 'vorstand-alt@example.org' });
		await db.update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, gone.id));
		await createTestAccount({ role: 'member', email: 'mitglied-a@example.org' });

		expect(await sendContactForm({ input: input(), ip: '198.51.100.20' })).toEqual({ sent: true });
		const mail = await catcher.waitFor((m) => m.to.includes(board.email));
		expect(mail.subject).toBe('Kontaktformular: Ortsgespräch');
		expect(mail.text).toContain('Kommen Sie im Mai zu uns?');
		expect(mail.headers['reply-to']).toContain('petra@example.org');
		const recipients = (await db.select().from(mailMessage)).map((row) => row.toAddress);
		expect(recipients).toEqual([board.email]);
		const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, 'contact.message'));
		// The audit log notes that a message came, not who wrote what.
		expect(JSON.stringify(entry)).not.toMatch(/Petra|petra@|Mai zu uns/);
	});

	it('sends nothing for a filled honeypot and stops a flood from one address', async () => {
		const before = (await db.select().from(mailMessage)).length;
		expect(
			await sendContactForm({ input: input({ website: 'http://spam.example' }), ip: '203.0.113.5' })
		).toEqual({ sent: false });
		expect(await db.select().from(mailMessage)).toHaveLength(before);
		let refused: unknown;
		for (let i = 0; i < 12 && !refused; i++) {
			await sendContactForm({ input: input(), ip: '203.0.113.6' }).catch((error) => {
				refused = error;
			});
		}
		expect(refused).toBeInstanceOf(ContactRateLimitedError);
	});

	it('requires consent and a valid address', () => {
		expect(contactInput.safeParse({ ...input(), consent: undefined }).success).toBe(false);
		expect(contactInput.safeParse({ ...input(), email: 'keine-adresse' }).success).toBe(false);
	});
});
