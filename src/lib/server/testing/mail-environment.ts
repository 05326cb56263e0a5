import { resetEnvForTests } from '../config/env';
import { startJobQueue, stopJobQueue } from '../jobs';
import { registerMailJobs } from '../mail/mail-jobs';
import { closeMailTransport } from '../mail/mailer';
import { SmtpCatcher } from './smtp-catcher';

/** The public address links in test mails are made of. */
export const MAIL_TEST_ORIGIN = 'https://kommunal.example.org';

/** The settings the mail environment sets; what they held before comes back when it stops. */
const SETTINGS = {
	SMTP_URL: '',
	MAIL_FROM: 'LAG Kommunalpolitik <lag@kommunal.example.org>',
	ORIGIN: MAIL_TEST_ORIGIN
};
type Setting = keyof typeof SETTINGS;
const before = new Map<Setting, string | undefined>();

/**
 * Real delivery for tests of mails sent through the queue: an SMTP catcher, the mail settings
 * pointing at it and the mail jobs registered. Call before the test database is created (other
 * jobs the test needs may be registered after it); `startMailQueue` once the data is seeded,
 * `stopMailEnvironment` in afterAll.
 */
export async function startMailEnvironment(): Promise<SmtpCatcher> {
	const catcher = new SmtpCatcher();
	await catcher.start();
	for (const [name, value] of Object.entries({ ...SETTINGS, SMTP_URL: catcher.url })) {
		if (!before.has(name as Setting)) before.set(name as Setting, process.env[name]);
		process.env[name] = value;
	}
	resetEnvForTests();
	registerMailJobs({ maxAttempts: 3, retryBaseSeconds: 1, overdueSeconds: 0 });
	return catcher;
}

/** Works the queue (mail jobs included) with short polling, so a queued mail leaves in a second. */
export async function startMailQueue(): Promise<void> {
	await startJobQueue({
		mode: 'work',
		pollingIntervalSeconds: 0.5,
		cronMonitorIntervalSeconds: 1,
		cronWorkerIntervalSeconds: 1
	});
}

export async function stopMailEnvironment(catcher: SmtpCatcher): Promise<void> {
	await stopJobQueue(2_000);
	closeMailTransport();
	await catcher.stop();
	// The next test file in this process starts with the settings it would have had alone.
	for (const [name, value] of before) {
		if (value === undefined) delete process.env[name];
		else process.env[name] = value;
	}
	before.clear();
	resetEnvForTests();
}
