import { db } from '../db';
import { EmptyFileError, FileRejectedError, FileTooLargeError } from './errors';
import { writeFileBytes } from './file-store';
import { detectImageType, MAX_IMAGE_BYTES, type ImageMediaType } from './image-types';
import { storedFile } from './schema';

export class UnsupportedImageTypeError extends FileRejectedError {
	constructor() {
		super(
			'Diese Datei ist kein PNG-, JPEG- oder WebP-Bild. Geprüft wird der Inhalt, nicht die Endung.'
		);
		this.name = 'UnsupportedImageTypeError';
	}
}

/**
 * Checks and keeps an uploaded image, content-addressed like documents. Images hold no text to
 * extract, so the row is marked `no_text` at once and the extraction sweep never picks it up.
 */
export async function storeImage(
	bytes: Uint8Array,
	options: { maxBytes?: number } = {}
): Promise<{ sha256: string; size: number; mediaType: ImageMediaType }> {
	const maxBytes = options.maxBytes ?? MAX_IMAGE_BYTES;
	if (bytes.byteLength === 0) throw new EmptyFileError();
	if (bytes.byteLength > maxBytes) throw new FileTooLargeError(maxBytes);
	const mediaType = await detectImageType(bytes);
	if (!mediaType) throw new UnsupportedImageTypeError();
	const { sha256 } = await writeFileBytes(bytes);
	await db
		.insert(storedFile)
		.values({ sha256, size: bytes.byteLength, mediaType, textStatus: 'no_text' })
		.onConflictDoNothing();
	return { sha256, size: bytes.byteLength, mediaType };
}
