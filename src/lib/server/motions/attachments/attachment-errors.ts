/** The motion or attachment is unknown, or hidden from the viewer: answered alike (404). */
export class AttachmentNotFoundError extends Error {
	constructor() {
		super('Diese Datei gibt es nicht.');
		this.name = 'AttachmentNotFoundError';
	}
}

/** The viewer reads the motion but may not change its attachments (403). */
export class AttachmentNotAllowedError extends Error {
	constructor() {
		super('Die Anhänge dieses Antrags dürfen Sie nicht ändern.');
		this.name = 'AttachmentNotAllowedError';
	}
}

/** Too many uploads by one account in a short time (RATE_LIMITS.attachmentUpload). */
export class AttachmentRateLimitedError extends Error {
	constructor() {
		super('Sie haben in kurzer Zeit sehr viele Dateien hochgeladen. Bitte später noch einmal.');
		this.name = 'AttachmentRateLimitedError';
	}
}
