import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestActor } from '../auth/test-support';
import { resetEnvForTests } from '../config/env';
import { startJobQueue, stopJobQueue } from '../jobs';
import { registerMailJobs } from '../mail/mail-jobs';
import { closeMailTransport } from '../mail/mailer';
import { SmtpCatcher } from '../testing/smtp-catcher';
import { createTestDatabase, testDatabaseKind } from '../testing/test-db';
import { cancelRegistration } from './cancel-registration';
import { registerForEvent } from './register-for-event';
import { createTestEvent } from './testing/event-fixtures';

const ORIGIN = 'https://kommunal.example.org';
const LINK = 'https://konferenz.example.org/raum-42';
let catcher: SmtpCatcher;

beforeAll(async () => {
	catcher = new SmtpCatcher();
	await catcher.start();
	process.env.SMTP_URL = catcher.url;
	process.env.MAIL_FROM = 'LAG Kommunalpolitik <lag@kommunal.example.org>';
	process.env.ORIGIN = ORIGIN;
	resetEnvForTests();
	registerMailJobs({ maxAttempts: 3, retryBaseSeconds: 1, overdueSeconds: 0 });
	await createTestDatabase();
	await startJobQueue({ mode: 'work', pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
	await stopJobQueue(2_000);
	closeMailTransport();
	await catcher.stop();
	delete process.env.SMTP_URL;
	delete process.env.MAIL_FROM;
	delete process.env.ORIGIN;
	resetEnvForTests();
});

describe(`event mails over SMTP on ${testDatabaseKind}`, () => {
	it('tells the waiting person their place without the link, and sends the link once they move up', async () => {
		const board = await createTestActor('board');
		const first = await createTestActor('member');
		const waiting = await createTestActor('interested');
		const id = await createTestEvent(board, {
			capacity: '1',
			onlineUrl: LINK,
			title: 'Online-Werkstatt'
		});
		await registerForEvent({ actor: first, eventId: id });
		await registerForEvent({ actor: waiting, eventId: id });

		const waitlisted = await catcher.waitFor(
			(mail) => mail.to.includes(waiting.email) && mail.subject === 'Warteliste: Online-Werkstatt'
		);
		expect(waitlisted.text).toContain('Platz 1');
		expect(waitlisted.text).not.toContain(LINK);

		await cancelRegistration({ actor: first, eventId: id });
		const promoted = await catcher.waitFor(
			(mail) =>
				mail.to.includes(waiting.email) && mail.subject.includes('Ein Platz ist frei geworden')
		);
		expect(promoted.text).toContain(LINK);
		expect(promoted.text).toContain(`${ORIGIN}/veranstaltungen/${id}`);
	});
});
