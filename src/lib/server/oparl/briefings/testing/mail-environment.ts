import { resetEnvForTests } from '../../../config/env';
import { startJobQueue, stopJobQueue } from '../../../jobs';
import { registerMailJobs } from '../../../mail/mail-jobs';
import { closeMailTransport } from '../../../mail/mailer';
import { SmtpCatcher } from '../../../testing/smtp-catcher';

/** The public address briefing links are made of in tests. */
export const BRIEFING_TEST_ORIGIN = 'https://kommunal.example.org';

/**
 * Real delivery for briefing tests: an SMTP catcher, the mail settings pointing at it and the
 * mail jobs registered. Call before the test database is created; `startMailQueue` once the data
 * is seeded, `stopMailEnvironment` in afterAll.
 */
export async function startMailEnvironment(): Promise<SmtpCatcher> {
	const catcher = new SmtpCatcher();
	await catcher.start();
	process.env.SMTP_URL = catcher.url;
	process.env.MAIL_FROM = 'LAG Kommunalpolitik <lag@kommunal.example.org>';
	process.env.ORIGIN = BRIEFING_TEST_ORIGIN;
	resetEnvForTests();
	registerMailJobs({ maxAttempts: 3, retryBaseSeconds: 1, overdueSeconds: 0 });
	return catcher;
}

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
	delete process.env.SMTP_URL;
	delete process.env.MAIL_FROM;
	resetEnvForTests();
}
