import { EXTENSION_OF, type AcceptedMediaType } from '../../files/media-types';

const MAX_NAME_CHARS = 150;

/**
 * The uploader's file name, made safe to show and to send back in a download: no folders, no
 * control or path characters, limited length, and an extension that matches the detected type
 * (a DOCX uploaded as "antrag.pdf" downloads as "antrag.pdf.docx", so it opens in the right program).
 */
export function attachmentFileName(original: string, mediaType: AcceptedMediaType): string {
	const extension = EXTENSION_OF[mediaType];
	const base =
		original
			.normalize('NFC')
			.split(/[\\/]/)
			.pop()!
			// eslint-disable-next-line no-control-regex -- control characters never belong in a name
			.replace(/[\u0000-\u001f\u007f<>:"|?*]+/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
			.replace(/^\.+/, '') || 'Anhang';
	// The uploader's own spelling of a matching extension (".PDF") stays.
	const hasExtension = base.toLowerCase().endsWith(`.${extension}`);
	const stem = hasExtension ? base.slice(0, -(extension.length + 1)) : base;
	const suffix = hasExtension ? base.slice(-extension.length) : extension;
	return `${stem.slice(0, MAX_NAME_CHARS - extension.length - 1).trim() || 'Anhang'}.${suffix}`;
}
