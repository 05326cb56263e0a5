import { asc, eq } from 'drizzle-orm';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { storedFile } from '../../files/schema';
import { motionAttachment } from '../schema';
import { AttachmentNotFoundError } from './attachment-errors';
import { readableMotion } from './motion-access';

export interface AttachmentListItem {
	id: string;
	fileName: string;
	size: number;
	mediaType: string;
	/** Whether the text is searchable yet: pending, done, no_text (a scan) or failed. */
	textStatus: 'pending' | 'done' | 'no_text' | 'failed';
	createdAt: Date;
}

/** A readable motion's attachments, oldest first; 404 alike for hidden and unknown motions. */
export async function listAttachments(
	user: SessionUser | null,
	motionId: string
): Promise<AttachmentListItem[]> {
	const access = await readableMotion(user, motionId);
	if (!access) throw new AttachmentNotFoundError();
	return db
		.select({
			id: motionAttachment.id,
			fileName: motionAttachment.fileName,
			size: storedFile.size,
			mediaType: storedFile.mediaType,
			textStatus: storedFile.textStatus,
			createdAt: motionAttachment.createdAt
		})
		.from(motionAttachment)
		.innerJoin(storedFile, eq(storedFile.sha256, motionAttachment.fileSha256))
		.where(eq(motionAttachment.motionId, access.motionId))
		.orderBy(asc(motionAttachment.createdAt), asc(motionAttachment.fileName));
}
