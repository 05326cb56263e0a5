/**
 * Mails the app sent during the run. Every instance delivers over SMTP to the run's SmtpCatcher
 * (src/lib/server/testing/smtp-catcher.ts), which the specs read over HTTP.
 *
 * - `waitForMail(to, subject, { since })`: the first mail to `to` whose subject matches,
 *   waiting up to 20 s (delivery goes through the job queue). Pass `since` (a Date taken before
 *   the action) when earlier mails to the same address could match too.
 * - `mailsTo(to)`: all mails to an address so far (e.g. to assert that none was sent).
 * - `linkIn(mail, pattern)`: the first link in the mail's text whose URL matches.
 *
 * Mails are never cleared during a run (workers run in parallel); use a fresh address per test
 * where possible, e.g. `uniqueAddress('einladung')`.
 */
import { randomBytes } from 'node:crypto';
import type { CaughtMail } from '../../../src/lib/server/testing/smtp-catcher';
import { e2e } from './environment';

export type { CaughtMail };

export async function mailsTo(to: string): Promise<CaughtMail[]> {
	const response = await fetch(`${e2e().mailApiUrl}/mails?to=${encodeURIComponent(to)}`);
	if (!response.ok) throw new Error(`SMTP-Fänger antwortet mit ${response.status}`);
	return (await response.json()) as CaughtMail[];
}

export async function waitForMail(
	to: string,
	subject: RegExp | string,
	options: { since?: Date; timeoutMs?: number } = {}
): Promise<CaughtMail> {
	const deadline = Date.now() + (options.timeoutMs ?? 20_000);
	const matches = (mail: CaughtMail) =>
		(typeof subject === 'string' ? mail.subject.includes(subject) : subject.test(mail.subject)) &&
		(!options.since || new Date(mail.receivedAt) >= options.since);
	for (;;) {
		const found = (await mailsTo(to)).find(matches);
		if (found) return found;
		if (Date.now() > deadline) {
			const seen = (await mailsTo(to)).map((mail) => `„${mail.subject}“`).join(', ') || 'keine';
			throw new Error(`Keine Mail an ${to} mit Betreff ${subject} angekommen (vorhanden: ${seen})`);
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

export function linkIn(mail: CaughtMail, pattern: RegExp = /./): string {
	const links = mail.text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? [];
	const link = links.find((candidate) => pattern.test(candidate));
	if (!link) throw new Error(`Kein Link ${pattern} in der Mail „${mail.subject}“:\n${mail.text}`);
	return link;
}

/** An address no other test uses, at example.org (never delivered anywhere but the catcher). */
export function uniqueAddress(label = 'test'): string {
	return `${label}-${randomBytes(4).toString('hex')}@example.org`;
}
