import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestActor } from '../auth/test-support';
import type { SessionUser } from '../auth/types';
import { resetEnvForTests } from '../config/env';
import { startJobQueue, stopJobQueue } from '../jobs';
import { registerMailJobs } from '../mail/mail-jobs';
import { closeMailTransport } from '../mail/mailer';
import { SmtpCatcher, type CaughtMail } from '../testing/smtp-catcher';
import { createTestDatabase, testDatabaseKind } from '../testing/test-db';
import { loadStateData } from '../territory/load-state-data';
import { confirmJoinRequest } from './confirm-join-request';
import { acceptJoinRequest } from './decide-join-request';
import { listJoinRequests } from './list-join-requests';
import { submitAsPerson } from './testing/join-fixtures';

const ORIGIN = 'https://kommunal.example.org';
let catcher: SmtpCatcher;
let board: SessionUser;

const to = (address: string, subject: string) => (mail: CaughtMail) =>
	mail.to.includes(address) && mail.subject.includes(subject);

function pathIn(mail: CaughtMail, pattern: RegExp): string {
	const link = (mail.text.match(/https?:\/\/\S+/g) ?? []).find((url) => pattern.test(url));
	if (!link) throw new Error(`Kein Link ${pattern} in:\n${mail.text}`);
	expect(link.startsWith(`${ORIGIN}/`)).toBe(true);
	return new URL(link).pathname;
}

beforeAll(async () => {
	catcher = new SmtpCatcher();
	await catcher.start();
	process.env.SMTP_URL = catcher.url;
	process.env.ORIGIN = ORIGIN;
	resetEnvForTests();
	registerMailJobs({ maxAttempts: 3, retryBaseSeconds: 1, overdueSeconds: 0 });
	await createTestDatabase();
	await loadStateData({ state: 'mv' });
	board = await createTestActor('board', { email: 'rat@example.org', name: 'Rita Rat' });
	await startJobQueue({ mode: 'work', pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
	await stopJobQueue(2_000);
	closeMailTransport();
	await catcher.stop();
	delete process.env.SMTP_URL;
	delete process.env.ORIGIN;
	resetEnvForTests();
});

describe(`join mails over SMTP on ${testDatabaseKind}`, () => {
	it('delivers the confirmation link, then the board notice, then the invitation', async () => {
		const email = 'smtp-person@example.org';
		await submitAsPerson({ email, name: 'Paula Post' });
		const confirmation = await catcher.waitFor(to(email, 'Bitte bestätigen Sie Ihre Anfrage'));
		expect(confirmation.html).toContain('Anfrage bestätigen');
		const token = pathIn(confirmation, /\/mitmachen\/bestaetigen\//)
			.split('/')
			.pop()!;

		expect(await confirmJoinRequest({ token })).toBe('confirmed');
		const notice = await catcher.waitFor(to(board.email, 'Neue Anfrage zum Mitmachen: Paula Post'));
		const [request] = (await listJoinRequests({ actor: board, filter: 'open' })).items;
		expect(pathIn(notice, /\/verwaltung\/mitmachen\//)).toBe(
			`/verwaltung/mitmachen/${request!.id}`
		);
		// The notice names the person but carries none of the rest of the request.
		expect(notice.text).not.toContain(email);
		expect(notice.text).not.toContain('Radwege');

		await acceptJoinRequest({ actor: board, id: request!.id, role: 'member' });
		const invitation = await catcher.waitFor(to(email, 'Einladung ins Kommunalnetz'));
		expect(pathIn(invitation, /\/einladung\//)).toMatch(/^\/einladung\/[\w-]{20,}$/);
		expect(invitation.text).toContain('Mitglied');
	});
});
