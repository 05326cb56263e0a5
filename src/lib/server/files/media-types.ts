/** The document formats accepted as attachments, by the media type detected from their content. */
export const PDF = 'application/pdf';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const ODT = 'application/vnd.oasis.opendocument.text';

export const ACCEPTED_MEDIA_TYPES = [PDF, DOCX, ODT] as const;
export type AcceptedMediaType = (typeof ACCEPTED_MEDIA_TYPES)[number];

/** File name extension that matches the detected type (for downloads whose name lacks it). */
export const EXTENSION_OF: Record<AcceptedMediaType, string> = {
	[PDF]: 'pdf',
	[DOCX]: 'docx',
	[ODT]: 'odt'
};

export const LABEL_OF: Record<AcceptedMediaType, string> = {
	[PDF]: 'PDF',
	[DOCX]: 'Word (DOCX)',
	[ODT]: 'OpenDocument (ODT)'
};

export function isAcceptedMediaType(value: string): value is AcceptedMediaType {
	return (ACCEPTED_MEDIA_TYPES as readonly string[]).includes(value);
}
