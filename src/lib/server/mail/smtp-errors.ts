/** What nodemailer attaches to a failed delivery. */
interface SmtpFailure {
	code?: string;
	responseCode?: number;
	/** Set by nodemailer 10 from the reply class when the server answered. */
	permanent?: boolean;
	response?: string;
	message?: string;
}

/** Failures of our own configuration: retrying after the board fixes SMTP_URL can succeed. */
const CONFIGURATION_CODES = new Set(['EAUTH', 'ENOAUTH', 'ECONFIG', 'ETLS']);

/**
 * Whether retrying the same mail is pointless: the server rejected it for good (5xx except 503,
 * RFC 5321) or nodemailer found the envelope invalid before sending. Connection problems, 4xx
 * replies (greylisting, full mailbox) and our own configuration errors are temporary.
 */
export function isPermanentSmtpFailure(error: unknown): boolean {
	const failure = (error ?? {}) as SmtpFailure;
	if (failure.code && CONFIGURATION_CODES.has(failure.code)) return false;
	if (typeof failure.permanent === 'boolean') return failure.permanent;
	if (typeof failure.responseCode === 'number')
		return failure.responseCode >= 500 && failure.responseCode !== 503;
	return failure.code === 'EENVELOPE';
}

/** One line for the outbox: the server's reply if there was one, else the error. */
export function describeSmtpFailure(error: unknown): string {
	const failure = (error ?? {}) as SmtpFailure;
	const text = failure.response || failure.message || String(error);
	const code = failure.code && !text.includes(failure.code) ? `${failure.code}: ` : '';
	return `${code}${text}`.replace(/\s+/g, ' ').trim().slice(0, 1000);
}
