import { eq, or, type SQL } from 'drizzle-orm';
import { can } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import type { RegistrationStatus } from '$lib/shared/events';
import { event } from './schema';

/**
 * The one place that decides who sees what of an event. Pages, lists, search, feeds, mails and
 * exports ask here; nothing else compares event visibilities. Rules:
 *
 * - `public` events: everyone, signed in or not; `members` events: the roles that read the
 *   network (member, faction admin, board). Anyone else gets "not found", never a hint.
 * - Cancelled events stay visible (marked), so people who planned to come learn of it.
 * - The online link and materials not marked public: only people with a seat (`registered`, not
 *   waitlisted) and the organizers (`events.manage`).
 * - Attendee lists: only the organizers.
 */
export interface EventAccessFacts {
	visibility: 'public' | 'members';
}

export function canSeeEvent(user: SessionUser | null, facts: EventAccessFacts): boolean {
	return facts.visibility === 'public' || can(user, 'network.read');
}

/** SQL condition on `event` for the events a visitor sees (lists, counts, feeds). */
export function eventReadCondition(user: SessionUser | null): SQL {
	return can(user, 'network.read')
		? or(eq(event.visibility, 'public'), eq(event.visibility, 'members'))!
		: eq(event.visibility, 'public');
}

export function isEventOrganizer(user: SessionUser | null): boolean {
	return can(user, 'events.manage');
}

/** Online link and participants' materials: a seat or the organizers. */
export function seesParticipantContent(
	user: SessionUser | null,
	ownStatus: RegistrationStatus | null
): boolean {
	return isEventOrganizer(user) || (user !== null && ownStatus === 'registered');
}

export function canSeeMaterial(
	user: SessionUser | null,
	ownStatus: RegistrationStatus | null,
	material: { public: boolean }
): boolean {
	return material.public || seesParticipantContent(user, ownStatus);
}
