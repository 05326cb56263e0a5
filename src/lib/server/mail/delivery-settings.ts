/** How mail delivery retries; the defaults suit real SMTP servers, tests shorten them. */
export interface MailDeliverySettings {
	/** Attempts in total before a mail is marked failed. */
	maxAttempts: number;
	/** Wait after the first temporary failure; doubles with every further one. */
	retryBaseSeconds: number;
	retryMaxSeconds: number;
	/** How long one worker holds a mail while sending it. */
	leaseSeconds: number;
	/** The sweep re-requests queued mails this long past due (their job was lost). */
	overdueSeconds: number;
	/** Mails one process sends at the same time. */
	concurrency: number;
}

// 1, 2, 4 … 60 minutes: eight attempts span about two hours, longer than common greylisting.
export const DEFAULT_MAIL_DELIVERY: MailDeliverySettings = {
	maxAttempts: 8,
	retryBaseSeconds: 60,
	retryMaxSeconds: 60 * 60,
	leaseSeconds: 5 * 60,
	overdueSeconds: 2 * 60,
	concurrency: 3
};

/** Exponential backoff with up to 20 % jitter, so mails failing together do not retry together. */
export function retryDelaySeconds(failedAttempts: number, settings: MailDeliverySettings): number {
	const exponential = settings.retryBaseSeconds * 2 ** Math.max(0, failedAttempts - 1);
	const capped = Math.min(settings.retryMaxSeconds, exponential);
	return Math.round(capped * (1 + Math.random() * 0.2) * 10) / 10;
}
