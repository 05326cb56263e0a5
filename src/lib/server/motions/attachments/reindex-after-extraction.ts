import { eq } from 'drizzle-orm';
import { db } from '../../db';
import { indexMotions } from '../index-motion';
import { motionAttachment } from '../schema';

/** After a file's text was extracted: the motions that carry it become findable by it. */
export async function reindexMotionsWithFile(sha256: string): Promise<void> {
	const rows = await db
		.selectDistinct({ motionId: motionAttachment.motionId })
		.from(motionAttachment)
		.where(eq(motionAttachment.fileSha256, sha256));
	await indexMotions(rows.map((row) => row.motionId));
}
