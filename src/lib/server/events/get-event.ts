import { and, asc, eq } from 'drizzle-orm';
import type { RegistrationStatus } from '$lib/shared/events';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { isUuid } from '../directory/is-uuid';
import { registrationOpen } from './register-for-event';
import { event, eventMaterial, eventRegistration } from './schema';
import { seatCounts, seatsLeft } from './seat-counts';
import {
	canSeeEvent,
	canSeeMaterial,
	isEventOrganizer,
	seesParticipantContent
} from './visibility';
import { waitlistPosition } from './waitlist-position';

export interface EventMaterialView {
	id: string;
	title: string;
	/** A link material's address; file materials are downloaded through the event's page. */
	url: string | null;
	fileName: string | null;
	public: boolean;
}

export type EventView = Awaited<ReturnType<typeof getEvent>>;

/**
 * One event as this visitor may see it, or null (hidden and unknown alike). The online link and
 * the participants' materials are only filled in for seat holders and organizers; everyone else
 * learns that there is a link, not the link.
 */
export async function getEvent(user: SessionUser | null, eventId: string, now: Date = new Date()) {
	if (!isUuid(eventId)) return null;
	const [row] = await db.select().from(event).where(eq(event.id, eventId));
	if (!row || !canSeeEvent(user, row)) return null;

	const [own] = user
		? await db
				.select({ status: eventRegistration.status, note: eventRegistration.note })
				.from(eventRegistration)
				.where(and(eq(eventRegistration.eventId, row.id), eq(eventRegistration.userId, user.id)))
		: [];
	const ownStatus: RegistrationStatus | null = own?.status ?? null;
	const participant = seesParticipantContent(user, ownStatus);
	const counts = (await seatCounts([row.id])).get(row.id) ?? { registered: 0, waitlisted: 0 };
	const materials = await db
		.select()
		.from(eventMaterial)
		.where(eq(eventMaterial.eventId, row.id))
		.orderBy(asc(eventMaterial.createdAt), asc(eventMaterial.id));

	return {
		id: row.id,
		title: row.title,
		kind: row.kind,
		organizer: row.organizer,
		organizerName: row.organizerName,
		summary: row.summary,
		description: row.description,
		startsAt: row.startsAt,
		endsAt: row.endsAt,
		location: row.location,
		visibility: row.visibility,
		status: row.status,
		capacity: row.capacity,
		registrationEnabled: row.registrationEnabled,
		registrationClosesAt: row.registrationClosesAt ?? row.startsAt,
		registrationOpen: registrationOpen(row, now),
		past: row.endsAt <= now,
		sequence: row.sequence,
		modifiedAt: row.modifiedAt,
		registered: counts.registered,
		waitlisted: counts.waitlisted,
		seatsLeft: seatsLeft(row.capacity, counts),
		hasOnlineLink: row.onlineUrl !== null,
		onlineUrl: participant ? row.onlineUrl : null,
		own:
			own && own.status !== 'cancelled'
				? {
						status: own.status,
						note: own.note,
						position: own.status === 'waitlisted' ? await waitlistPosition(row.id, user!.id) : null
					}
				: null,
		materials: materials
			.filter((material) => canSeeMaterial(user, ownStatus, material))
			.map((material): EventMaterialView => ({
				id: material.id,
				title: material.title,
				url: material.url,
				fileName: material.fileName,
				public: material.public
			})),
		/** Materials exist that a seat would show (so the page can say so). */
		hiddenMaterials: materials.some((material) => !canSeeMaterial(user, ownStatus, material)),
		canManage: isEventOrganizer(user)
	};
}
