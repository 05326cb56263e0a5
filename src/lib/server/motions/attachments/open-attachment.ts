import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { isUuid } from '../../directory/is-uuid';
import { storedFile } from '../../files/schema';
import { motionAttachment } from '../schema';
import { AttachmentNotFoundError } from './attachment-errors';
import { readableMotion } from './motion-access';

export interface AttachmentDownload {
	fileName: string;
	sha256: string;
	size: number;
	/** Detected from the content when stored; sent as the download's Content-Type. */
	mediaType: string;
}

/** What a download needs, for a reader of the motion only; 404 alike for hidden and unknown. */
export async function openAttachment(
	user: SessionUser | null,
	motionId: string,
	attachmentId: string
): Promise<AttachmentDownload> {
	if (!isUuid(attachmentId)) throw new AttachmentNotFoundError();
	const access = await readableMotion(user, motionId);
	if (!access) throw new AttachmentNotFoundError();
	const [row] = await db
		.select({
			fileName: motionAttachment.fileName,
			sha256: storedFile.sha256,
			size: storedFile.size,
			mediaType: storedFile.mediaType
		})
		.from(motionAttachment)
		.innerJoin(storedFile, eq(storedFile.sha256, motionAttachment.fileSha256))
		.where(
			and(eq(motionAttachment.id, attachmentId), eq(motionAttachment.motionId, access.motionId))
		);
	if (!row) throw new AttachmentNotFoundError();
	return row;
}
