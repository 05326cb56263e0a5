import type { SendMailOptions } from 'nodemailer';
import type { MailMessage } from './schema';

/** Headers a stored mail may not set: the mailer writes these itself. */
const RESERVED_HEADERS = new Set([
	'from',
	'to',
	'cc',
	'bcc',
	'subject',
	'date',
	'message-id',
	'mime-version',
	'content-type',
	'content-transfer-encoding'
]);

/** The extra headers stored with a mail (JSON object), without reserved or malformed ones. */
export function storedHeaders(raw: string | null): Record<string, string> {
	if (!raw) return {};
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return {};
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(parsed)) {
		// A line break in a name or value would let a header smuggle in more headers.
		if (typeof value !== 'string' || /[\r\n]/.test(value) || !/^[A-Za-z0-9-]+$/.test(name))
			continue;
		if (!RESERVED_HEADERS.has(name.toLowerCase())) headers[name] = value;
	}
	return headers;
}

function senderDomain(from: string): string {
	return /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'kommunalnetz.invalid';
}

/**
 * The SMTP message for a stored mail. The Message-ID derives from the row id, so a mail sent
 * twice after a crash carries the same id and receiving systems can drop the duplicate.
 */
export function composeMail(message: MailMessage, from: string): SendMailOptions {
	return {
		from,
		to: message.toAddress,
		subject: message.subject,
		text: message.textBody,
		...(message.htmlBody ? { html: message.htmlBody } : {}),
		headers: storedHeaders(message.headers),
		messageId: `<${message.id}@${senderDomain(from)}>`,
		date: new Date()
	};
}
