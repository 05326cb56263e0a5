import { db } from '../db';
import { detectDocumentType } from './detect-type';
import { EmptyFileError, FileTooLargeError, UnsupportedFileTypeError } from './errors';
import { writeFileBytes } from './file-store';
import type { AcceptedMediaType } from './media-types';
import { requestTextExtraction } from './request-extraction';
import { storedFile } from './schema';
import { maxUploadBytes } from './upload-limit';

export interface StoredFileRef {
	sha256: string;
	size: number;
	mediaType: AcceptedMediaType;
}

/**
 * Checks and keeps an uploaded document: size first (cheap), then its type by content. The same
 * bytes are stored and extracted once; a second upload only finds the existing row. Text
 * extraction is requested in the background (a sweep catches requests a crash lost).
 */
export async function storeDocument(
	bytes: Uint8Array,
	options: { maxBytes?: number } = {}
): Promise<StoredFileRef> {
	const maxBytes = options.maxBytes ?? maxUploadBytes();
	if (bytes.byteLength === 0) throw new EmptyFileError();
	if (bytes.byteLength > maxBytes) throw new FileTooLargeError(maxBytes);
	const mediaType = await detectDocumentType(bytes);
	if (!mediaType) throw new UnsupportedFileTypeError();
	const { sha256 } = await writeFileBytes(bytes);
	const inserted = await db
		.insert(storedFile)
		.values({ sha256, size: bytes.byteLength, mediaType })
		.onConflictDoNothing()
		.returning({ sha256: storedFile.sha256 });
	if (inserted.length > 0) await requestTextExtraction(sha256);
	return { sha256, size: bytes.byteLength, mediaType };
}
