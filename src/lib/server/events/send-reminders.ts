import { and, eq, gte, inArray, isNull, lt } from 'drizzle-orm';
import { berlinDay, startOfBerlinDay } from '$lib/shared/berlin-time';
import { db } from '../db';
import { event, eventRegistration } from './schema';
import { sendEventMails } from './send-event-mails';

function nextDay(day: string): string {
	const date = new Date(`${day}T12:00:00Z`);
	date.setUTCDate(date.getUTCDate() + 1);
	return date.toISOString().slice(0, 10);
}

/**
 * The day-before reminder: every seat holder of a (not cancelled) event starting on the next
 * calendar day in Berlin. Each registration is claimed before its mail is queued (an atomic
 * update of rows not yet reminded), so hourly runs, retries and parallel workers mail each person
 * once; someone who registers later that day is reminded by the next run.
 */
export async function sendEventReminders(now: Date = new Date()): Promise<{ sent: number }> {
	const tomorrow = nextDay(berlinDay(now));
	const from = startOfBerlinDay(tomorrow)!;
	const until = startOfBerlinDay(nextDay(tomorrow))!;
	const due = db
		.select({ id: event.id })
		.from(event)
		.where(
			and(eq(event.status, 'scheduled'), gte(event.startsAt, from), lt(event.startsAt, until))
		);
	const claimed = await db
		.update(eventRegistration)
		.set({ reminderSentAt: now })
		.where(
			and(
				inArray(eventRegistration.eventId, due),
				eq(eventRegistration.status, 'registered'),
				isNull(eventRegistration.reminderSentAt)
			)
		)
		.returning({ eventId: eventRegistration.eventId, userId: eventRegistration.userId });
	if (claimed.length === 0) return { sent: 0 };

	// Node 20 has no Map.groupBy.
	const byEvent = new Map<string, string[]>();
	for (const entry of claimed) {
		const list = byEvent.get(entry.eventId) ?? [];
		list.push(entry.userId);
		byEvent.set(entry.eventId, list);
	}
	const rows = await db
		.select()
		.from(event)
		.where(inArray(event.id, [...byEvent.keys()]));
	for (const row of rows) {
		await sendEventMails('reminder', row, byEvent.get(row.id)!);
	}
	await db
		.update(event)
		.set({ remindersSentAt: now })
		.where(and(inArray(event.id, [...byEvent.keys()]), isNull(event.remindersSentAt)));
	return { sent: claimed.length };
}
