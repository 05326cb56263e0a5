/** Mail states as the outbox shows them (server and pages share these). */
export const MAIL_STATUSES = ['queued', 'sent', 'outbox', 'failed'] as const;
export type MailStatusName = (typeof MAIL_STATUSES)[number];

export const MAIL_STATUS_LABELS: Record<MailStatusName, string> = {
	queued: 'In Zustellung',
	sent: 'Gesendet',
	outbox: 'Nicht versendet',
	failed: 'Fehlgeschlagen'
};

export const MAIL_STATUS_DESCRIPTIONS: Record<MailStatusName, string> = {
	queued: 'Wird gerade zugestellt oder nach einem vorübergehenden Fehler erneut versucht.',
	sent: 'Vom Mailserver angenommen.',
	outbox: 'Es war kein Mailserver eingerichtet; die Mail liegt nur hier im Postausgang.',
	failed: 'Konnte nicht zugestellt werden. Sie kann erneut gesendet werden.'
};
