/**
 * One of the run's servers (run-servers.ts starts them): the SMTP catcher that every app
 * instance of the run sends its mail to, with HTTP read access for the specs (see mail.ts). Runs
 * until Playwright stops it.
 */
import process from 'node:process';
import { SmtpCatcher } from '../../../../src/lib/server/testing/smtp-catcher';
import { e2e } from '../environment';

const environment = e2e();
const catcher = new SmtpCatcher();
await catcher.start(environment.smtpPort);
const http = await catcher.serveHttp(Number(new URL(environment.mailApiUrl).port));
console.log(`SMTP-Fänger: ${catcher.url}, Mails unter ${environment.mailApiUrl}/mails`);

async function stop(): Promise<void> {
	// Open keep-alive connections would hold close() open; nothing is lost by not waiting long.
	setTimeout(() => process.exit(0), 2000).unref();
	await Promise.all([http.close(), catcher.stop()]);
	process.exit(0);
}
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
