import { and, count, eq, sql } from 'drizzle-orm';
import { registrationFields } from '$lib/shared/event-forms';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { EventError } from './errors';
import { lockedEvent, type EventRow } from './locked-event';
import { eventRegistration } from './schema';
import { sendEventMails } from './send-event-mails';
import { canSeeEvent } from './visibility';
import { waitlistPosition } from './waitlist-position';

export interface RegistrationResult {
	status: 'registered' | 'waitlisted';
	/** 1 for the first in line; only for the waitlist. */
	position: number | null;
	/** False when the person was already registered or waiting (nothing changed, no mail). */
	changed: boolean;
}

/** When a registration is still taken: before the deadline, or before the start without one. */
export function registrationOpen(row: EventRow, now: Date = new Date()): boolean {
	return (
		row.status === 'scheduled' &&
		row.registrationEnabled &&
		now < (row.registrationClosesAt ?? row.startsAt)
	);
}

/**
 * Takes a seat for the actor, or a place on the waitlist when all seats are taken. Under the
 * event's row lock, so two people asking for the last seat at once never both get it. Asking
 * again while registered or waiting changes nothing; after cancelling, a new registration joins
 * the end of the line. Mails a confirmation (or the waitlist place) after commit.
 */
export async function registerForEvent(options: {
	actor: SessionUser | null;
	eventId: string;
	note?: string;
	now?: Date;
}): Promise<RegistrationResult> {
	assertCan(options.actor, 'events.register');
	const actor = options.actor;
	const { note } = registrationFields.parse({ note: options.note ?? '' });
	const now = options.now ?? new Date();

	const outcome = await db.transaction(async (tx) => {
		const row = await lockedEvent(tx, options.eventId);
		if (!canSeeEvent(actor, row)) throw new EventError('not_found');
		const [existing] = await tx
			.select()
			.from(eventRegistration)
			.where(and(eq(eventRegistration.eventId, row.id), eq(eventRegistration.userId, actor.id)));
		if (existing && existing.status !== 'cancelled') {
			const position = await waitlistPosition(row.id, actor.id, tx);
			return { row, status: existing.status, position, changed: false };
		}
		if (row.status === 'cancelled') throw new EventError('cancelled');
		if (!row.registrationEnabled) throw new EventError('registration_disabled');
		if (!registrationOpen(row, now)) throw new EventError('registration_closed');

		let status: 'registered' | 'waitlisted' = 'registered';
		if (row.capacity !== null) {
			const [seated] = await tx
				.select({ n: count() })
				.from(eventRegistration)
				.where(
					and(eq(eventRegistration.eventId, row.id), eq(eventRegistration.status, 'registered'))
				);
			if ((seated?.n ?? 0) >= row.capacity) status = 'waitlisted';
		}
		const values = {
			status,
			// The line follows the lock: the database's clock now, not the moment the request came
			// in (a request that waited for the lock must not overtake the one that held it).
			queuedAt: options.now ?? sql`clock_timestamp()`,
			promotedAt: null,
			cancelledAt: null,
			reminderSentAt: null,
			note
		};
		if (existing) {
			await tx.update(eventRegistration).set(values).where(eq(eventRegistration.id, existing.id));
		} else {
			await tx.insert(eventRegistration).values({ eventId: row.id, userId: actor.id, ...values });
		}
		// Counted under the lock: everyone ahead has committed, everyone later queues behind.
		const position = status === 'waitlisted' ? await waitlistPosition(row.id, actor.id, tx) : null;
		return { row, status, position, changed: true };
	});

	const status = outcome.status as 'registered' | 'waitlisted';
	const position = outcome.position;
	if (outcome.changed) {
		await sendEventMails(status, outcome.row, [actor.id], {
			waitlistPosition: position ?? undefined
		});
	}
	return { status, position, changed: outcome.changed };
}
