/** Attachments of motions as the pages show them (plain data from the server). */
export interface AttachmentView {
	id: string;
	fileName: string;
	size: number;
	mediaType: string;
	textStatus: 'pending' | 'done' | 'no_text' | 'failed';
}

export const MEDIA_TYPE_SHORT: Record<string, string> = {
	'application/pdf': 'PDF',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
	'application/vnd.oasis.opendocument.text': 'ODT'
};

/** Whether the file's text is searchable yet, in words (nothing for the normal case). */
export const TEXT_STATUS_NOTES: Record<AttachmentView['textStatus'], string | null> = {
	pending: 'Text wird ausgelesen',
	done: null,
	no_text: 'enthält keinen durchsuchbaren Text (z. B. ein Scan)',
	failed: 'Text ließ sich nicht auslesen'
};

export function attachmentUrl(motionId: string, attachmentId: string): string {
	return `/antraege/${motionId}/anhaenge/${attachmentId}`;
}

/** Accepted in the upload field; the server checks the content regardless. */
export const ATTACHMENT_ACCEPT =
	'.pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text';
