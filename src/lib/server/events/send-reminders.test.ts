import { and, eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { mailMessage } from '../mail/schema';
import { createTestDatabase, testDatabaseKind } from '../testing/test-db';
import { cancelEvent } from './cancel-event';
import { cancelRegistration } from './cancel-registration';
import { registerForEvent } from './register-for-event';
import { sendEventReminders } from './send-reminders';
import { createEventActors, createTestEvent, type EventActors } from './testing/event-fixtures';

let actors: EventActors;

beforeAll(async () => {
	await createTestDatabase();
	actors = await createEventActors();
});

async function reminders(eventId: string) {
	return db
		.select({ to: mailMessage.toAddress, text: mailMessage.textBody })
		.from(mailMessage)
		.where(
			and(
				eq(mailMessage.category, 'events.reminder'),
				like(mailMessage.textBody, `%/veranstaltungen/${eventId}%`)
			)
		);
}

// Saturday before summer time starts (Sunday 29 March 2026, 02:00 → 03:00).
const SATURDAY_NOON = new Date('2026-03-28T11:00:00Z');

describe(`day-before reminders on ${testDatabaseKind}`, () => {
	it('reminds each seat holder of tomorrow’s events once, not waiting people, other days or cancelled events', async () => {
		const { board, member, interested, interested2 } = actors;
		// 00:30 on Sunday in Berlin (still winter time) is tomorrow; 00:30 on Monday is not.
		const early = await createTestEvent(board, {
			title: 'Frühschicht',
			capacity: '2',
			startsAt: '2026-03-29T00:30',
			endsAt: '2026-03-29T01:30',
			onlineUrl: 'https://konferenz.example.org/frueh'
		});
		const monday = await createTestEvent(board, {
			startsAt: '2026-03-30T00:30',
			endsAt: '2026-03-30T02:00'
		});
		const called = await createTestEvent(board, {
			startsAt: '2026-03-29T10:00',
			endsAt: '2026-03-29T12:00'
		});
		const now = new Date('2026-03-27T09:00:00Z');
		for (const actor of [member, interested, interested2])
			await registerForEvent({ actor, eventId: early, now });
		await registerForEvent({ actor: member, eventId: monday, now });
		await registerForEvent({ actor: member, eventId: called, now });
		await cancelEvent({ actor: board, eventId: called });

		expect(await sendEventReminders(new Date('2026-03-27T22:00:00Z'))).toEqual({ sent: 0 });
		await sendEventReminders(SATURDAY_NOON);
		const first = await reminders(early);
		expect(first.map((mail) => mail.to).sort()).toEqual([interested.email, member.email].sort());
		expect(first[0]!.text).toContain('https://konferenz.example.org/frueh');
		expect(await reminders(monday)).toHaveLength(0);
		expect(await reminders(called)).toHaveLength(0);

		// Hourly runs and a retry never remind twice.
		await sendEventReminders(new Date(SATURDAY_NOON.getTime() + 60 * 60 * 1000));
		await sendEventReminders(new Date(SATURDAY_NOON.getTime() + 60 * 60 * 1000));
		expect(await reminders(early)).toHaveLength(2);

		// Who moves up later that day is reminded by the next run.
		await cancelRegistration({ actor: member, eventId: early, now: SATURDAY_NOON });
		await sendEventReminders(new Date(SATURDAY_NOON.getTime() + 2 * 60 * 60 * 1000));
		expect((await reminders(early)).map((mail) => mail.to)).toContain(interested2.email);
		expect(await reminders(early)).toHaveLength(3);
	});
});
