import { eq } from 'drizzle-orm';
import { db } from '../../db';
import { openFileStream } from '../../files/file-store';
import { isImageMediaType } from '../../files/image-types';
import { storedFile } from '../../files/schema';
import { contentImage } from '../schema';

/**
 * A public image by its hash, or null. Only files uploaded as content images qualify: the same
 * store holds private attachments, whose hashes must never open anything here.
 */
export async function openMedia(sha256: string) {
	if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
	const [row] = await db
		.select({ mediaType: storedFile.mediaType, size: storedFile.size })
		.from(contentImage)
		.innerJoin(storedFile, eq(storedFile.sha256, contentImage.sha256))
		.where(eq(contentImage.sha256, sha256));
	if (!row || !isImageMediaType(row.mediaType)) return null;
	return { mediaType: row.mediaType, size: row.size, stream: () => openFileStream(sha256) };
}
