import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { env } from '../config/env';

export type MailTransport = Transporter<SMTPPool.SentMessageInfo, SMTPPool.Options>;

let current: { url: string; transport: MailTransport } | undefined;

/**
 * The process's one SMTP transport, or null when SMTP_URL is not set (mails then go to the
 * outbox). Pooled, so a burst of mails reuses a few connections instead of one per mail.
 * Timeouts are far below nodemailer's defaults (minutes) so a hanging server costs one attempt,
 * not a worker slot for ten minutes.
 */
export function mailTransport(): MailTransport | null {
	const url = env().SMTP_URL;
	if (!url) return null;
	if (current?.url !== url) {
		current?.transport.close();
		// nodemailer reads host, port, TLS and credentials from `url`; its types omit the key.
		const options = {
			url,
			pool: true,
			maxConnections: 3,
			connectionTimeout: 15_000,
			greetingTimeout: 15_000,
			socketTimeout: 60_000
		} as SMTPPool.Options;
		current = { url, transport: nodemailer.createTransport(options) };
	}
	return current.transport;
}

/** Closes pooled connections at shutdown. */
export function closeMailTransport(): void {
	current?.transport.close();
	current = undefined;
}
