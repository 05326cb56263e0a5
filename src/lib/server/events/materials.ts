import { and, eq } from 'drizzle-orm';
import { materialFileFields, materialLinkFields } from '$lib/shared/event-forms';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { isUuid } from '../directory/is-uuid';
import { deleteFileIfUnused } from '../files/delete-unused-file';
import { storeDocument } from '../files/store-file';
import { attachmentFileName } from '../motions/attachments/file-name';
import { EventError } from './errors';
import { event, eventMaterial } from './schema';

async function existingEvent(eventId: string) {
	if (!isUuid(eventId)) throw new EventError('not_found');
	const [row] = await db
		.select({ id: event.id, title: event.title })
		.from(event)
		.where(eq(event.id, eventId));
	if (!row) throw new EventError('not_found');
	return row;
}

/**
 * Adds a material to an event (organizers only): a document (checked by its content and stored
 * content-addressed, like attachments) or a link. Participants see it; everyone who sees the event
 * when marked public.
 */
export async function addEventMaterial(options: {
	actor: SessionUser | null;
	eventId: string;
	input: { title: string; public?: string | boolean } & (
		{ url: string } | { file: { name: string; bytes: Uint8Array } }
	);
	ip?: string | null;
}): Promise<{ id: string }> {
	assertCan(options.actor, 'events.manage');
	const actor = options.actor;
	const target = await existingEvent(options.eventId);
	const publicFlag =
		options.input.public === true || options.input.public === 'on' ? 'on' : undefined;
	let values: typeof eventMaterial.$inferInsert;
	if ('url' in options.input) {
		const fields = materialLinkFields.parse({
			title: options.input.title,
			url: options.input.url,
			public: publicFlag
		});
		values = { eventId: target.id, title: fields.title, url: fields.url, public: fields.public };
	} else {
		const fields = materialFileFields.parse({ title: options.input.title, public: publicFlag });
		const stored = await storeDocument(options.input.file.bytes);
		values = {
			eventId: target.id,
			title: fields.title,
			fileSha256: stored.sha256,
			fileName: attachmentFileName(options.input.file.name, stored.mediaType),
			public: fields.public
		};
	}
	const [row] = await db
		.insert(eventMaterial)
		.values({ ...values, addedById: actor.id })
		.returning({ id: eventMaterial.id });
	await recordAudit({
		actor,
		action: 'event.material_add',
		targetType: 'event',
		targetId: target.id,
		targetLabel: target.title,
		details: { material: values.title, public: values.public ?? false },
		ip: options.ip
	});
	return { id: row!.id };
}

/** Removes a material; its stored file goes too unless something else still refers to it. */
export async function removeEventMaterial(options: {
	actor: SessionUser | null;
	eventId: string;
	materialId: string;
	ip?: string | null;
}): Promise<void> {
	assertCan(options.actor, 'events.manage');
	const actor = options.actor;
	const target = await existingEvent(options.eventId);
	if (!isUuid(options.materialId)) throw new EventError('material_not_found');
	const [removed] = await db
		.delete(eventMaterial)
		.where(and(eq(eventMaterial.id, options.materialId), eq(eventMaterial.eventId, target.id)))
		.returning();
	if (!removed) throw new EventError('material_not_found');
	if (removed.fileSha256) await deleteFileIfUnused(removed.fileSha256);
	await recordAudit({
		actor,
		action: 'event.material_remove',
		targetType: 'event',
		targetId: target.id,
		targetLabel: target.title,
		details: { material: removed.title },
		ip: options.ip
	});
}
