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
