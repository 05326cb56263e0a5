import { and, eq } from 'drizzle-orm';
import { db } from '../../db';
import { storedFile } from '../../files/schema';
import { oparlBody, oparlFile, oparlObject } from '../schema';
import { isUuid } from '../../directory/is-uuid';
import { shownCondition } from './shown';

export interface OpenedCouncilFile {
	sha256: string;
	size: number;
	mediaType: string;
	fileName: string;
}

/**
 * Our stored copy of a council file, for the download link on paper and meeting pages; null
 * when it is not stored (yet) or its body is not followed (those pages link to the source).
 */
export async function openCouncilFile(id: string): Promise<OpenedCouncilFile | null> {
	if (!isUuid(id)) return null;
	const [row] = await db
		.select({
			sha256: storedFile.sha256,
			size: storedFile.size,
			mediaType: storedFile.mediaType,
			name: oparlFile.name,
			fileName: oparlFile.fileName
		})
		.from(oparlFile)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlFile.objectId))
		.innerJoin(oparlBody, eq(oparlBody.objectId, oparlObject.bodyId))
		.innerJoin(storedFile, eq(storedFile.sha256, oparlFile.sha256))
		.where(
			and(eq(oparlFile.objectId, id), eq(oparlFile.downloadStatus, 'stored'), shownCondition())
		);
	if (!row) return null;
	return {
		sha256: row.sha256,
		size: row.size,
		mediaType: row.mediaType,
		fileName: row.fileName?.trim() || `${row.name?.trim() || 'Datei'}${extensionOf(row.mediaType)}`
	};
}

function extensionOf(mediaType: string): string {
	if (mediaType === 'application/pdf') return '.pdf';
	if (mediaType === 'image/jpeg') return '.jpg';
	if (mediaType === 'image/png') return '.png';
	return '';
}
