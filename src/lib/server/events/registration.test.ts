import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError } from '../auth/policy';
import { db } from '../db';
import { mailMessage } from '../mail/schema';
import { createTestDatabase, testDatabaseKind } from '../testing/test-db';
import { cancelRegistration } from './cancel-registration';
import { EventError } from './errors';
import { getEvent } from './get-event';
import { registerForEvent } from './register-for-event';
import { eventRegistration } from './schema';
import {
	createEventActors,
	createTestEvent,
	eventInput,
	moveEvent,
	type EventActors
} from './testing/event-fixtures';
import { updateEvent } from './update-event';
import { createTestActor } from '../auth/test-support';

let actors: EventActors;

// Accounts are slow to make (password hashing); every test works on events of its own.
beforeAll(async () => {
	await createTestDatabase();
	actors = await createEventActors();
});

async function statusOf(eventId: string, userId: string) {
	const [row] = await db
		.select({ status: eventRegistration.status })
		.from(eventRegistration)
		.where(and(eq(eventRegistration.eventId, eventId), eq(eventRegistration.userId, userId)));
	return row?.status ?? null;
}

/** Mails of a category to an address about one event (its page is linked in each). */
async function mailsTo(address: string, category: string, eventId: string) {
	const rows = await db
		.select()
		.from(mailMessage)
		.where(and(eq(mailMessage.toAddress, address), eq(mailMessage.category, category)));
	return rows.filter((row) => row.textBody.includes(`/veranstaltungen/${eventId}`));
}

describe(`event registration on ${testDatabaseKind}`, () => {
	it('gives two seats, puts the third person on the waitlist and moves them up on a cancellation', async () => {
		const { board, member, interested, interested2 } = actors;
		const id = await createTestEvent(board, { capacity: '2' });

		expect(await registerForEvent({ actor: member, eventId: id })).toMatchObject({
			status: 'registered'
		});
		expect(await registerForEvent({ actor: interested, eventId: id })).toMatchObject({
			status: 'registered'
		});
		expect(await registerForEvent({ actor: interested2, eventId: id })).toEqual({
			status: 'waitlisted',
			position: 1,
			changed: true
		});
		expect((await getEvent(interested2, id))?.own).toMatchObject({
			status: 'waitlisted',
			position: 1
		});
		expect(await mailsTo(interested2.email, 'events.waitlisted', id)).toHaveLength(1);
		expect(await mailsTo(member.email, 'events.registered', id)).toHaveLength(1);

		const { promotedUserIds } = await cancelRegistration({ actor: interested, eventId: id });
		expect(promotedUserIds).toEqual([interested2.id]);
		expect(await statusOf(id, interested2.id)).toBe('registered');
		expect(await statusOf(id, interested.id)).toBe('cancelled');
		const [promotion] = await mailsTo(interested2.email, 'events.promoted', id);
		expect(promotion?.subject).toContain('Sie sind angemeldet');
		expect((await getEvent(null, id))?.seatsLeft).toBe(0);
	});

	it('promotes the earliest waiting person first, and a waiting person leaving frees no seat', async () => {
		const { board, member, faction, interested, interested2 } = actors;
		const id = await createTestEvent(board, { capacity: '1' });
		await registerForEvent({ actor: member, eventId: id });
		await registerForEvent({ actor: faction, eventId: id, now: new Date(Date.now() - 3000) });
		await registerForEvent({ actor: interested, eventId: id });
		await registerForEvent({ actor: interested2, eventId: id });
		expect((await getEvent(interested2, id))?.own?.position).toBe(3);

		expect((await cancelRegistration({ actor: interested, eventId: id })).promotedUserIds).toEqual(
			[]
		);
		expect((await getEvent(interested2, id))?.own?.position).toBe(2);
		expect((await cancelRegistration({ actor: member, eventId: id })).promotedUserIds).toEqual([
			faction.id
		]);
	});

	it('never gives the last seat to two people asking at once', async () => {
		const { board } = actors;
		const people = [
			await createTestActor('member'),
			await createTestActor('member'),
			await createTestActor('interested')
		];
		for (let round = 0; round < 3; round++) {
			const id = await createTestEvent(board, { capacity: '1' });
			const results = await Promise.all(
				people.map((actor) => registerForEvent({ actor, eventId: id }))
			);
			expect(results.filter((result) => result.status === 'registered')).toHaveLength(1);
			expect(results.filter((result) => result.status === 'waitlisted')).toHaveLength(2);
			expect(
				results
					.map((result) => result.position)
					.filter((position) => position !== null)
					.sort()
			).toEqual([1, 2]);
		}
	});

	it('moves waiting people up when the board adds seats, and keeps seats when it removes some', async () => {
		const { board, member, faction, interested, interested2 } = actors;
		const id = await createTestEvent(board, { capacity: '1' });
		for (const actor of [member, faction, interested, interested2])
			await registerForEvent({ actor, eventId: id });

		const stored = (await getEvent(board, id))!;
		const input = eventInput({
			capacity: '3',
			startsAt: new Date(stored.startsAt).toISOString().slice(0, 16),
			endsAt: new Date(stored.endsAt).toISOString().slice(0, 16)
		});
		const raised = await updateEvent({ actor: board, eventId: id, input });
		expect(raised.promotedUserIds).toEqual([faction.id, interested.id]);
		expect(await mailsTo(interested.email, 'events.promoted', id)).toHaveLength(1);

		await updateEvent({ actor: board, eventId: id, input: { ...input, capacity: '1' } });
		expect(await statusOf(id, interested.id)).toBe('registered');
		expect(await statusOf(id, interested2.id)).toBe('waitlisted');

		const unlimited = await updateEvent({
			actor: board,
			eventId: id,
			input: { ...input, capacity: '' }
		});
		expect(unlimited.promotedUserIds).toEqual([interested2.id]);
	});

	it('registering twice changes nothing; after cancelling, a new registration joins the end of the line', async () => {
		const { board, member, interested, interested2 } = actors;
		const id = await createTestEvent(board, { capacity: '1' });
		await registerForEvent({ actor: member, eventId: id });
		expect(await registerForEvent({ actor: member, eventId: id })).toMatchObject({
			status: 'registered',
			changed: false
		});
		expect(await mailsTo(member.email, 'events.registered', id)).toHaveLength(1);

		await registerForEvent({ actor: interested, eventId: id });
		await registerForEvent({ actor: interested2, eventId: id });
		await cancelRegistration({ actor: interested, eventId: id });
		expect(await registerForEvent({ actor: interested, eventId: id })).toMatchObject({
			status: 'waitlisted',
			position: 2
		});
	});

	it('refuses registrations after the deadline, for cancelled events and where none is taken', async () => {
		const { board, member } = actors;
		const closed = await createTestEvent(board);
		await moveEvent(closed, new Date(Date.now() - 60_000));
		await expect(registerForEvent({ actor: member, eventId: closed })).rejects.toEqual(
			new EventError('registration_closed')
		);
		const noRegistration = await createTestEvent(board, { registrationEnabled: undefined });
		await expect(registerForEvent({ actor: member, eventId: noRegistration })).rejects.toEqual(
			new EventError('registration_disabled')
		);
		await expect(cancelRegistration({ actor: member, eventId: closed })).rejects.toEqual(
			new EventError('not_registered')
		);
	});

	it('lets interested people and up register, not guests or anonymous visitors, and hides members-only events from the interested', async () => {
		const { board, member, interested, guest } = actors;
		const open = await createTestEvent(board);
		const internal = await createTestEvent(board, { visibility: 'members' });
		await expect(registerForEvent({ actor: null, eventId: open })).rejects.toBeInstanceOf(
			AccessDeniedError
		);
		await expect(registerForEvent({ actor: guest, eventId: open })).rejects.toBeInstanceOf(
			AccessDeniedError
		);
		await expect(registerForEvent({ actor: interested, eventId: internal })).rejects.toEqual(
			new EventError('not_found')
		);
		expect(await registerForEvent({ actor: member, eventId: internal })).toMatchObject({
			status: 'registered'
		});
	});

	it('lets organizers take someone off the list, audit-logged, and nobody else', async () => {
		const { board, member, interested } = actors;
		const id = await createTestEvent(board, { capacity: '1' });
		await registerForEvent({ actor: member, eventId: id });
		await registerForEvent({ actor: interested, eventId: id });
		await expect(
			cancelRegistration({ actor: interested, eventId: id, userId: member.id })
		).rejects.toBeInstanceOf(AccessDeniedError);
		expect(
			(await cancelRegistration({ actor: board, eventId: id, userId: member.id })).promotedUserIds
		).toEqual([interested.id]);
	});
});
