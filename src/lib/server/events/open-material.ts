import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { isUuid } from '../directory/is-uuid';
import { storedFile } from '../files/schema';
import { EventError } from './errors';
import { getEvent } from './get-event';
import { eventMaterial } from './schema';

/**
 * A material file for download, for whoever may see it on the event's page (same rules: public
 * materials with the event, the others for seat holders and organizers); 404 alike otherwise.
 */
export async function openEventMaterial(
	user: SessionUser | null,
	eventId: string,
	materialId: string
): Promise<{ fileName: string; sha256: string; size: number; mediaType: string }> {
	if (!isUuid(materialId)) throw new EventError('material_not_found');
	const view = await getEvent(user, eventId);
	if (!view || !view.materials.some((material) => material.id === materialId))
		throw new EventError('material_not_found');
	const [row] = await db
		.select({
			fileName: eventMaterial.fileName,
			sha256: storedFile.sha256,
			size: storedFile.size,
			mediaType: storedFile.mediaType
		})
		.from(eventMaterial)
		.innerJoin(storedFile, eq(storedFile.sha256, eventMaterial.fileSha256))
		.where(and(eq(eventMaterial.id, materialId), eq(eventMaterial.eventId, view.id)));
	if (!row) throw new EventError('material_not_found');
	return { ...row, fileName: row.fileName ?? 'material' };
}
