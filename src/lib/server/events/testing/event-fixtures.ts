import { eq } from 'drizzle-orm';
import { berlinDateTimeInput } from '$lib/shared/berlin-date-time';
import type { EventInput } from '$lib/shared/event-forms';
import { createTestActor } from '../../auth/test-support';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { createEvent } from '../create-event';
import { event } from '../schema';

export interface EventActors {
	board: SessionUser;
	member: SessionUser;
	faction: SessionUser;
	interested: SessionUser;
	interested2: SessionUser;
	guest: SessionUser;
}

export async function createEventActors(): Promise<EventActors> {
	return {
		board: await createTestActor('board', { name: 'Bea Vorstand' }),
		member: await createTestActor('member', { name: 'Mira Mitglied' }),
		faction: await createTestActor('faction_admin', { name: 'Frank Fraktion' }),
		interested: await createTestActor('interested', { name: 'Ines Interessiert' }),
		interested2: await createTestActor('interested', { name: 'Ida Neugierig' }),
		guest: await createTestActor('guest', { name: 'Gero Gast' })
	};
}

const DAY = 24 * 60 * 60 * 1000;

/** Form input for an event a week ahead (override anything), as the board's form sends it. */
export function eventInput(overrides: Partial<EventInput> = {}): EventInput {
	const start = new Date(Date.now() + 7 * DAY);
	return {
		title: 'Haushaltsrecht für Einsteiger*innen',
		kind: 'training',
		organizer: 'forum',
		summary: 'Wie ein kommunaler Haushalt gelesen wird.',
		description: 'Mit **Übungen**.',
		startsAt: berlinDateTimeInput(start),
		endsAt: berlinDateTimeInput(new Date(start.getTime() + 3 * 60 * 60 * 1000)),
		location: 'Rostock, Lange Straße 1',
		onlineUrl: '',
		visibility: 'public',
		capacity: '',
		registrationEnabled: 'on',
		...overrides
	} as EventInput;
}

export async function createTestEvent(
	board: SessionUser,
	overrides: Partial<EventInput> = {}
): Promise<string> {
	const { id } = await createEvent({ actor: board, input: eventInput(overrides) });
	return id;
}

/** Sets an event's times directly (e.g. into the past), bypassing the form's checks. */
export async function moveEvent(eventId: string, startsAt: Date, endsAt?: Date): Promise<void> {
	await db
		.update(event)
		.set({ startsAt, endsAt: endsAt ?? new Date(startsAt.getTime() + 2 * 60 * 60 * 1000) })
		.where(eq(event.id, eventId));
}
